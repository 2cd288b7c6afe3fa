package dev.gongkai.parser.office.render;

import dev.gongkai.parser.office.render.Layout.Para;
import dev.gongkai.parser.office.render.Layout.Slot;
import dev.gongkai.parser.office.render.Layout.Tab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a {@link Layout} as a .docx with POI: each paragraph line a Word paragraph; tables with
 * {@code gridSpan} for column spans and {@code vMerge} restart/continue for row spans; several lines in
 * a cell as several paragraphs.
 */
public final class DocxRenderer {
    private DocxRenderer() {}

    public static byte[] render(Layout layout) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Layout.Item item : layout.items()) {
                if (item instanceof Para p) {
                    for (String line : p.text().split("\n")) {
                        XWPFParagraph para = doc.createParagraph();
                        para.createRun().setText(line);
                    }
                } else if (item instanceof Tab t) {
                    table(doc.createTable(), t);
                    doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFTable table, Tab t) {
        CTTbl tbl = table.getCTTbl();
        while (tbl.sizeOfTrArray() > 0) {
            tbl.removeTr(0);
        }
        Slot[][] g = t.grid();
        CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < g[0].length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / g[0].length));
        }
        for (Slot[] row : g) {
            CTRow tr = tbl.addNewTr();
            for (Slot s : row) {
                if (s.right() > 0) {
                    continue;
                }
                CTTc tc = tr.addNewTc();
                CTTcPr pr = tc.addNewTcPr();
                if (s.cell().colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(s.cell().colspan()));
                }
                if (s.cell().rowspan() > 1) {
                    pr.addNewVMerge().setVal(s.down() == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (s.down() > 0 || s.cell().text().isEmpty()) {
                    tc.addNewP();
                    continue;
                }
                for (String line : s.cell().text().split("\n")) {
                    CTP p = tc.addNewP();
                    p.addNewR().addNewT().setStringValue(line);
                }
            }
        }
    }
}
