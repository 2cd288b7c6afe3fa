package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.parser.office.internal.Extraction;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.parser.office.render.Expected;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Spreadsheet details: hidden sheets, tables on several sheets, displays that round, formulas. */
class SheetReaderTest {

    private static Extraction read(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return OfficeReader.read(out.toByteArray(), "t.xlsx");
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] instanceof String t && !t.isEmpty()) {
                row.createCell(c).setCellValue(t);
            }
        }
    }

    @Test
    void sheetsInOrderHiddenOnesSkipped() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("表二"), 0, "信息内容", "本年处理决定数量");
            row(wb.getSheet("表二"), 1, "行政许可", 28329);
            row(wb.createSheet("草稿"), 0, "旧数据", 1);
            wb.setSheetHidden(1, true);
            Sheet s = wb.createSheet("表四");
            row(s, 1, "", "", "行政复议", "", "");
            row(s, 2, "", "", "结果维持", "总计");
            row(s, 3, "", "", 0, 0);
            assertThat(Expected.of(read(wb).blocks())).containsExactly(
                    "T|\n信息内容¦本年处理决定数量¦\n行政许可¦28329¦",
                    "P|行政复议", "T|\n结果维持¦总计¦\n0¦0¦");
        }
    }

    @Test
    void formulasByCachedValueAndRoundedDisplaysReported() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            row(s, 0, "项目", "金额", "件数");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("行政事业性收费");
            r.createCell(1).setCellFormula("0.1+0.2");
            CellStyle whole = wb.createCellStyle();
            whole.setDataFormat(wb.createDataFormat().getFormat("0"));
            r.createCell(2).setCellValue(3.5);
            r.getCell(2).setCellStyle(whole);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Extraction x = read(wb);
            assertThat(Expected.of(x.blocks())).containsExactly("T|\n项目¦金额¦件数¦\n行政事业性收费¦0.3¦3.5¦");
            assertThat(x.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("display-rounded");
                assertThat(p.span().path()).isEqualTo("s!C2");
            });
        }
    }
}
