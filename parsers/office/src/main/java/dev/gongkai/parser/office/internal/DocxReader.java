package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.model.SourceSpan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The blocks of a .docx body: paragraphs (with the text of their text boxes first) and tables in
 * document order; headers and footers are not read. A table cell covering several grid columns
 * ({@code gridSpan}, {@code hMerge}) or continuing the cell above ({@code vMerge}) fills every slot it
 * covers. A table holding other tables is taken as layout: its cells' contents are read in order as
 * if they stood in the body. Not API.
 */
final class DocxReader {
    private static final int MAX_DEPTH = 8;
    /** Pictures narrower than this (points) are taken for seals and icons, not tables. */
    private static final double MIN_PICTURE_WIDTH = 144;

    private final List<Block> blocks = new ArrayList<>();
    private int tables;
    private int paragraphs;

    private DocxReader() {}

    static Extraction read(XWPFDocument doc) {
        DocxReader r = new DocxReader();
        r.body(doc.getBodyElements(), 0);
        return new Extraction(OfficeFormat.DOCX, r.blocks, List.of());
    }

    private void body(List<IBodyElement> elements, int depth) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                for (String box : TextBoxes.of(p)) {
                    paragraph(box);
                }
                paragraph(text(p));
                pictures(p);
            } else if (e instanceof XWPFTable t) {
                table(t, depth);
            } else if (e instanceof XWPFSDT s) {
                for (String line : s.getContent().getText().split("\n")) {
                    paragraph(line);
                }
            }
        }
    }

    private void paragraph(String text) {
        String t = Texts.clean(text);
        if (!t.isBlank()) {
            blocks.add(new Paragraph(t, SourceSpan.path("paragraph[" + paragraphs + "]")));
        }
        paragraphs++;
    }

    /**
     * The pictures of a paragraph large enough to hold a table, as images in reading order (a table
     * pasted as a picture); a picture that cannot be decoded is kept too, so its table is not taken as
     * missing.
     */
    private void pictures(XWPFParagraph p) {
        for (XWPFRun r : p.getRuns()) {
            for (XWPFPicture pic : r.getEmbeddedPictures()) {
                XWPFPictureData data = pic.getPictureData();
                if (data == null || pic.getWidth() > 0 && pic.getWidth() < MIN_PICTURE_WIDTH) {
                    continue; // a seal, an icon: no table
                }
                String path = data.getPackagePart().getPartName().getName();
                blocks.add(Pictures.block(data.getData(), path, SourceSpan.path(path)));
            }
        }
    }

    private void table(XWPFTable t, int depth) {
        if (depth < MAX_DEPTH && holdsTables(t)) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    body(cell.getBodyElements(), depth + 1);
                }
            }
            return;
        }
        GridBuilder grid = new GridBuilder("table[" + tables++ + "]");
        for (XWPFTableRow row : t.getRows()) {
            grid.startRow();
            CTTrPr trPr = row.getCtRow().getTrPr();
            int column = trPr != null && trPr.sizeOfGridBeforeArray() > 0
                    ? intOf(trPr.getGridBeforeArray(0).getVal(), 0) : 0;
            for (ICell ic : row.getTableICells()) {
                if (ic instanceof XWPFTableCell cell) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr != null && pr.isSetGridSpan() ? intOf(pr.getGridSpan().getVal(), 1) : 1;
                    boolean vContinue = pr != null && pr.isSetVMerge()
                            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                    boolean hContinue = pr != null && pr.isSetHMerge()
                            && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
                    if (hContinue && grid.width() > 0) {
                        continue; // legacy horizontal merge: the origin's slot stands for it
                    }
                    grid.place(column, span, cellText(cell), vContinue);
                    column += Math.max(1, span);
                } else if (ic instanceof XWPFSDTCell sdt) {
                    grid.place(column, 1, Texts.clean(sdt.getContent().getText()).strip(), false);
                    column++;
                }
            }
        }
        blocks.add(grid.build());
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                parts.addAll(TextBoxes.of(p));
                parts.add(Texts.clean(text(p)));
            } else if (e instanceof XWPFTable t) {
                parts.add(Texts.clean(t.getText()));
            } else if (e instanceof XWPFSDT s) {
                parts.add(Texts.clean(s.getContent().getText()));
            }
        }
        return Texts.joinLines(parts);
    }

    /**
     * A paragraph's own text: its runs (tabs, breaks, field results; not field codes or deleted text)
     * and content controls, without the text of pictures and text boxes, which POI's
     * {@code getText()} mixes in and {@link TextBoxes} reads on its own.
     */
    static String text(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (IRunElement e : p.getIRuns()) {
            if (e instanceof XWPFRun r) {
                b.append(r.text());
            } else if (e instanceof XWPFSDT s) {
                b.append(s.getContent().getText());
            }
        }
        return b.toString();
    }

    private static boolean holdsTables(XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int intOf(BigInteger v, int fallback) {
        if (v == null || v.signum() <= 0 || v.bitLength() > 16) {
            return fallback;
        }
        return v.intValue();
    }
}
