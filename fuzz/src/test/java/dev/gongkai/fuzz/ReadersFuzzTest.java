package dev.gongkai.fuzz;

import org.junit.jupiter.api.Tag;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * One fuzz target per reader. Each is named after its format so that the document's bytes, and where they
 * leave it open its name, lead {@code Gongkai.parse} to that reader. In {@code mvn verify} each replays the
 * inputs committed under {@code src/test/resources/dev/gongkai/fuzz/ReadersFuzzTestInputs/<target>/}: seeds
 * from the project's fixtures and every finding of fuzzing, kept as a regression input. {@code ./fuzz}
 * fuzzes them coverage-guided.
 */
@Tag("slow")
class ReadersFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void text(byte[] data) {
        Contract.check(data, "report.txt");
    }

    @FuzzTest(maxDuration = "10m")
    void html(byte[] data) {
        Contract.check(data, "report.html");
    }

    @FuzzTest(maxDuration = "10m")
    void mhtml(byte[] data) {
        Contract.check(data, "report.mht");
    }

    @FuzzTest(maxDuration = "10m")
    void doc(byte[] data) {
        Contract.check(data, "report.doc");
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] data) {
        Contract.check(data, "report.docx");
    }

    @FuzzTest(maxDuration = "10m")
    void xls(byte[] data) {
        Contract.check(data, "report.xls");
    }

    @FuzzTest(maxDuration = "10m")
    void xlsx(byte[] data) {
        Contract.check(data, "report.xlsx");
    }

    @FuzzTest(maxDuration = "10m")
    void pdf(byte[] data) {
        Contract.check(data, "report.pdf");
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] data) {
        Contract.check(data, "report.json");
    }

    @FuzzTest(maxDuration = "10m")
    void ofd(byte[] data) {
        Contract.check(data, "report.ofd");
    }

    @FuzzTest(maxDuration = "10m")
    void odf(byte[] data) {
        Contract.check(data, "report.odt");
    }
}
