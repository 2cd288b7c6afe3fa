package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ReportParser;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HtmlReportParserTest {

    private final HtmlReportParser parser = new HtmlReportParser();

    private int score(String fileName, String head) {
        return parser.supports(new DocumentProbe(fileName, head.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markupAtTheStartIsASureMatch() {
        assertThat(score(null, "<!DOCTYPE html><html>")).isEqualTo(HtmlReportParser.SCORE_MARKUP_START);
        assertThat(score(null, "\ufeff  <HTML xmlns:o=\"urn:schemas-microsoft-com:office:office\">"))
                .isEqualTo(HtmlReportParser.SCORE_MARKUP_START);
        byte[] utf16 = "\ufeff<html><body>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(parser.supports(new DocumentProbe("x.bin", utf16))).isEqualTo(HtmlReportParser.SCORE_MARKUP_START);
    }

    @Test
    void markupInsideTheHeadIsAGoodMatch() {
        assertThat(score(null, "<?xml version=\"1.0\"?>\n<!-- saved from url=(0062)http://www.example.gov.cn/ -->\n<html>"))
                .isEqualTo(HtmlReportParser.SCORE_MARKUP_INSIDE);
        assertThat(score(null, "<p>一、总体情况</p><TABLE border=1>")).isEqualTo(HtmlReportParser.SCORE_MARKUP_INSIDE);
    }

    @Test
    void theExtensionAloneIsAMediumMatch() {
        assertThat(score("report.HTM", "一、总体情况")).isEqualTo(HtmlReportParser.SCORE_EXTENSION);
        assertThat(score("a/b/report.shtml", "")).isEqualTo(HtmlReportParser.SCORE_EXTENSION);
        assertThat(score("report.txt", "一、总体情况\n\t规章\n\t0")).isZero();
        assertThat(score(null, "%PDF-1.7")).isZero();
    }

    @Test
    void isRegisteredAsAService() {
        assertThat(ServiceLoader.load(ReportParser.class).stream().map(p -> p.get().name()))
                .contains(HtmlReportParser.NAME);
    }
}
