package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.parser.office.internal.OfficeFormat;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SampleReports;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ReportParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser is chosen by the bytes, not the file name; every office parser reads every office format. */
class OfficeSniffingTest {
    private static final List<ReportParser> OFFICE =
            List.of(new DocxParser(), new DocParser(), new XlsxParser(), new XlsParser());

    private static byte[] docx() {
        return DocxRenderer.render(ReportLayouts.layout(SampleReports.generate(3), 3));
    }

    private static byte[] sheet(boolean xls) {
        return SheetRenderer.render(ReportLayouts.layout(SampleReports.generate(3), 3), xls, 3);
    }

    private static String best(byte[] bytes, String name) {
        DocumentProbe probe = new DocumentProbe(name, bytes);
        ReportParser best = null;
        int score = 0;
        for (ReportParser p : OFFICE) {
            if (p.supports(probe) > score) {
                best = p;
                score = p.supports(probe);
            }
        }
        return best == null ? null : best.name();
    }

    @Test
    void bytesDecide() {
        for (String name : new String[] {"r.docx", "r.doc", "r.xls", "r", null}) {
            assertThat(best(docx(), name)).as(name).isEqualTo("docx");
            assertThat(best(sheet(false), name)).as(name).isEqualTo("xlsx");
            assertThat(best(sheet(true), name)).as(name).isEqualTo("xls");
        }
    }

    @Test
    void aDocThatIsReallyADocxReadsAsDocx() throws Exception {
        assertThat(OfficeReader.read(docx(), "report.doc").format()).isEqualTo(OfficeFormat.DOCX);
        assertThat(OfficeReader.read(sheet(false), "report.xls").format()).isEqualTo(OfficeFormat.XLSX);
        assertThat(OfficeReader.read(sheet(true), "report.xlsx").format()).isEqualTo(OfficeFormat.XLS);
    }

    @Test
    void otherFormatsAreNotClaimed() {
        byte[] html = "<html><body>年度报告</body></html>".getBytes(StandardCharsets.UTF_8);
        for (ReportParser p : OFFICE) {
            assertThat(p.supports(new DocumentProbe("report.doc", html))).isZero();
            assertThat(p.supports(new DocumentProbe("report.txt", "年度报告".getBytes(StandardCharsets.UTF_8)))).isZero();
        }
    }

    @Test
    void theParsersAreRegistered() {
        assertThat(Gongkai.parsers()).extracting(ReportParser::name).contains("docx", "doc", "xlsx", "xls");
        assertThat(Gongkai.parserFor(new DocumentProbe("r.doc", docx())).orElseThrow().name()).isEqualTo("docx");
    }
}
