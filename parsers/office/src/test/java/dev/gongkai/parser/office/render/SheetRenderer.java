package dev.gongkai.parser.office.render;

import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.Layout.Para;
import dev.gongkai.testkit.render.Layout.Slot;
import dev.gongkai.testkit.render.Layout.Tab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Layout} as one worksheet (.xlsx or .xls) with POI: each paragraph a row with its text
 * in column A; each table between blank rows, spans as merged regions; numbers as numeric cells, some
 * decimals as formulas whose cached double is not the decimal (e.g. {@code =6858.04+0.01}).
 */
public final class SheetRenderer {
    private SheetRenderer() {}

    public static byte[] render(Layout layout, boolean xls, long seed) {
        return render(layout, xls, seed, null);
    }

    /**
     * Writes the layout with no merged region: each slot a span covered stays empty or repeats the
     * span's text, as {@code unmerged} chooses (a workbook saved from CSV or built by hand); {@code null}
     * merges the spans.
     */
    public static byte[] render(Layout layout, boolean xls, long seed, Unmerged unmerged) {
        Random rnd = new Random(seed);
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("报告");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            int r = 0;
            boolean afterTable = false;
            for (Layout.Item item : layout.items()) {
                if (item instanceof Para p) {
                    sheet.createRow(r++).createCell(0).setCellValue(p.text());
                    afterTable = false;
                } else if (item instanceof Tab t) {
                    r += afterTable ? 0 : 1;
                    r = table(sheet, t, r, rnd, eval, unmerged) + 1;
                    afterTable = true;
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int table(Sheet sheet, Tab t, int top, Random rnd, FormulaEvaluator eval, Unmerged unmerged) {
        Slot[][] g = t.grid();
        for (int r = 0; r < g.length; r++) {
            Row row = sheet.createRow(top + r);
            for (int c = 0; c < g[r].length; c++) {
                Slot s = g[r][c];
                if (s == null) {
                    continue;
                }
                if (!s.origin() && (unmerged == null || !unmerged.repeat(s, rnd))) {
                    continue;
                }
                Cell cell = row.createCell(c);
                String text = s.cell().text();
                if (s.cell().number()) {
                    BigDecimal v = new BigDecimal(text);
                    if (v.scale() > 0 && rnd.nextBoolean()) {
                        BigDecimal part = v.movePointLeft(1).setScale(v.scale(), java.math.RoundingMode.DOWN);
                        cell.setCellFormula(part.toPlainString() + "+" + v.subtract(part).toPlainString());
                        eval.evaluateFormulaCell(cell);
                    } else {
                        cell.setCellValue(v.doubleValue());
                    }
                } else if (!text.isEmpty()) {
                    cell.setCellValue(text);
                }
                if (unmerged == null && (s.cell().rowspan() > 1 || s.cell().colspan() > 1)) {
                    sheet.addMergedRegion(new CellRangeAddress(top + r, top + r + s.cell().rowspan() - 1,
                            c, c + s.cell().colspan() - 1));
                }
            }
        }
        return top + g.length;
    }

    /**
     * The layout's tables as one HTML page with no rowspan/colspan: each slot a {@code <td>}, empty or
     * repeating its span's text as {@code unmerged} chooses with the same seed as
     * {@link #render(Layout, boolean, long, Unmerged)}.
     */
    public static String html(Layout layout, long seed, Unmerged unmerged) {
        Random rnd = new Random(seed);
        StringBuilder out = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>\n");
        for (Layout.Item item : layout.items()) {
            if (item instanceof Para p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (item instanceof Tab t) {
                out.append("<table>\n");
                for (Slot[] row : t.grid()) {
                    out.append("<tr>");
                    for (Slot s : row) {
                        if (s == null) {
                            continue;
                        }
                        boolean shown = s.origin() || unmerged.repeat(s, rnd);
                        out.append("<td>").append(shown ? escape(s.cell().text()) : "").append("</td>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</table>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>");
    }
}
