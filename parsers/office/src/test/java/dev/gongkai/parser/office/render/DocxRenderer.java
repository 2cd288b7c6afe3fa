package dev.gongkai.parser.office.render;

import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.Layout.Para;
import dev.gongkai.testkit.render.Layout.Slot;
import dev.gongkai.testkit.render.Layout.Tab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Random;
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
        return render(layout, 0, null);
    }

    /**
     * Writes the layout with no merged cell ({@code gridSpan}/{@code vMerge} absent): each slot a span
     * covered is a cell of its own, empty or repeating the span's text, as {@code unmerged} chooses (a
     * table typed by hand, or converted from a spreadsheet); {@code null} merges the spans.
     */
    public static byte[] render(Layout layout, long seed, Unmerged unmerged) {
        Random rnd = new Random(seed);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Layout.Item item : layout.items()) {
                if (item instanceof Para p) {
                    for (String line : p.text().split("\n")) {
                        XWPFParagraph para = doc.createParagraph();
                        para.createRun().setText(line);
                    }
                } else if (item instanceof Tab t) {
                    if (unmerged == null) {
                        table(doc.createTable(), t);
                    } else {
                        unmergedTable(doc.createTable(), t, rnd, unmerged);
                    }
                    doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unmergedTable(XWPFTable table, Tab t, Random rnd, Unmerged unmerged) {
        CTTbl tbl = emptyTable(table, t.grid()[0].length);
        for (Slot[] row : t.grid()) {
            CTRow tr = tbl.addNewTr();
            for (Slot s : row) {
                if (s == null) {
                    continue;
                }
                CTTc tc = tr.addNewTc();
                boolean shown = s.origin() || unmerged.repeat(s, rnd);
                paragraphs(tc, shown ? s.cell().text() : "");
            }
        }
    }

    private static void table(XWPFTable table, Tab t) {
        Slot[][] g = t.grid();
        CTTbl tbl = emptyTable(table, g[0].length);
        for (Slot[] row : g) {
            CTRow tr = tbl.addNewTr();
            for (Slot s : row) {
                if (s == null || s.right() > 0) {
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
                paragraphs(tc, s.down() > 0 ? "" : s.cell().text());
            }
        }
    }

    /** The cell's text as one paragraph per line; an empty cell still needs one paragraph. */
    private static void paragraphs(CTTc tc, String text) {
        if (text.isEmpty()) {
            tc.addNewP();
            return;
        }
        for (String line : text.split("\n")) {
            CTP p = tc.addNewP();
            p.addNewR().addNewT().setStringValue(line);
        }
    }

    /** The POI table with its default row removed and a grid of {@code columns} equal columns. */
    private static CTTbl emptyTable(XWPFTable table, int columns) {
        CTTbl tbl = table.getCTTbl();
        while (tbl.sizeOfTrArray() > 0) {
            tbl.removeTr(0);
        }
        CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / columns));
        }
        return tbl;
    }
}
