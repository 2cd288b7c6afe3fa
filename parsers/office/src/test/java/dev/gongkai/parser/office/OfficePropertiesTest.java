package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * An office file's title property (SPEC §3: a last resort) tells the title, organ and year of a report
 * whose text does not: the committed fixtures with the property set by POI here, against golden JSON.
 * The report's own title line wins; a template's leftover title (no report named, another year) is not
 * taken; the file's dates are never the publication date.
 */
class OfficePropertiesTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = OfficePropertiesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Report golden(String path) throws IOException {
        return ReportJson.read(new String(resource(path), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Report parse(byte[] doc, String name) throws IOException {
        return Gongkai.parse(new ByteArrayInputStream(doc), ParseContext.defaults().withFileName(name)).report();
    }

    private static byte[] xlsxTitled(String title) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(resource("/fixtures/qingzhen-2023-tables-only.xlsx")))) {
            wb.getProperties().getCoreProperties().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The zhangshu docx without its title line, the core title set (null: left as it is). */
    private static byte[] docxUntitled(String title) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(resource("/fixtures/zhangshu-2023.docx")))) {
            for (int i = 0; i < doc.getBodyElements().size(); i++) {
                IBodyElement e = doc.getBodyElements().get(i);
                if (e instanceof XWPFParagraph p && p.getText().contains("年度报告") && p.getText().length() < 40) {
                    doc.removeBodyElement(i);
                    break;
                }
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreated("2019-03-01T08:00:00Z");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aSpreadsheetOfTablesOnlyTakesTitleOrganAndYearFromItsTitleProperty() throws IOException {
        Report got = parse(xlsxTitled("清镇市人民政府办公室2023年政府信息公开工作年度报告"), "t.xlsx");
        assertThat(ReportDiff.between(golden("/properties/qingzhen-2023-title-property.json"), got, false)).isEmpty();
    }

    @Test
    void aWordFileWithoutATitleLineTakesItsTitlePropertyCleaned() throws Exception {
        Report got = parse(docxUntitled("樟树市2023年政府信息公开工作年度报告.docx"), "t.docx");
        assertThat(ReportDiff.between(golden("/fixtures/zhangshu-2023.json"), got, false)).isEmpty();
    }

    @Test
    void aLeftoverTitleIsNotTakenAndTheFilesDatesAreNotThePublicationDate() throws Exception {
        Report golden = golden("/fixtures/zhangshu-2023.json");
        for (String leftover : new String[] {"附件1", "XX县人民政府文件", "樟树市2022年政府信息公开工作年度报告"}) {
            Report got = parse(docxUntitled(leftover), "t.docx");
            assertThat(got.title()).as(leftover).isNull();
            assertThat(got.organ()).as(leftover).isNull();
            assertThat(got.year()).as(leftover).isEqualTo(golden.year());
            assertThat(got.published()).as(leftover).isNull();
        }
    }

    @Test
    void theReportsOwnTitleWinsOverTheProperty() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(resource("/fixtures/zhangshu-2023.docx")))) {
            doc.getProperties().getCoreProperties().setTitle("铜鼓县2023年政府信息公开工作年度报告");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            Report titled = parse(out.toByteArray(), "t.docx");
            assertThat(ReportDiff.between(golden("/fixtures/zhangshu-2023.json"), titled, false)).isEmpty();
        }
    }

    @Test
    void anExcel97WorkbooksSummaryTitleIsRead() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue("一、总体情况");
            wb.createInformationProperties();
            wb.getSummaryInformation().setTitle("某某县2023年政府信息公开工作年度报告");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThat(OfficeReader.read(out.toByteArray(), "t.xls").properties().title())
                    .isEqualTo("某某县2023年政府信息公开工作年度报告");
        }
    }
}
