package dev.gongkai.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.Reports;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The canonical JSON put on one line by a loop gives what the regular expression it replaced gave. */
class OneLineTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\n\\s*");

    @Test
    void generatedReportsGiveTheLineOfTheRegularExpression() {
        for (long seed = 0; seed < 40; seed++) {
            Report report = Reports.generator().generate(seed);
            String json = ReportJson.toJson(report);
            assertThat(Documents.oneLine(json)).as("seed %d", seed).isEqualTo(LINE_BREAK.matcher(json).replaceAll(""))
                    .doesNotContain("\n");
        }
    }

    @Test
    void onlyTheLayoutAfterALineBreakGoes() {
        String json = "{\n  \"a\": \"x  y\\n z\",\n\t\u000B\f\r \"b\": [ ]\n}";
        assertThat(Documents.oneLine(json)).isEqualTo(LINE_BREAK.matcher(json).replaceAll(""))
                .isEqualTo("{\"a\": \"x  y\\n z\",\"b\": [ ]}");
    }
}
