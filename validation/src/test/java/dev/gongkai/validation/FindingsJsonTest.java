package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongkai.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsJsonTest {

    @Test
    void writesTheShapeOfSpecSection7() throws Exception {
        Report r = SeedsTest.seed("003_e52139f12275cdbc");
        List<Finding> findings = Validator.defaults().validate(r);
        JsonNode doc = Cases.JSON.readTree(FindingsJson.toJson("reports/003.txt", r, findings));
        assertThat(doc.get("schema").asText()).isEqualTo("gongkai.findings/1");
        assertThat(doc.get("source").asText()).isEqualTo("reports/003.txt");
        assertThat(doc.get("report").toString()).isEqualTo("{\"edition\":\"2021\",\"year\":2021,\"organ\":\"铜鼓县\"}");
        JsonNode first = null;
        for (JsonNode f : doc.get("findings")) {
            assertThat(f.fieldNames()).toIterable().containsExactly("rule", "severity", "location", "expected", "actual", "message");
            assertThat(f.get("location").fieldNames()).toIterable().containsExactly("table", "row", "column", "section");
            assertThat(f.get("message").fieldNames()).toIterable().containsExactly("zh", "en");
            if (f.get("location").get("column").asText().equals("total") && f.get("rule").asText().equals("narrative.applications")) {
                first = f;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("severity").asText()).isEqualTo("WARNING");
        assertThat(first.get("location").toString())
                .isEqualTo("{\"table\":\"applications\",\"row\":\"new_received\",\"column\":\"total\",\"section\":\"overview\"}");
        assertThat(first.get("expected").isIntegralNumber()).isTrue();
        assertThat(first.get("expected").asInt()).isEqualTo(8);
        assertThat(first.get("actual").asInt()).isEqualTo(9);
        assertThat(first.get("message").get("zh").asText()).startsWith("正文所述申请数（9件）与表三");
        assertThat(first.get("message").get("en").asText()).startsWith("The text states 9 applications; table 三 has 8");
    }

    @Test
    void anUnreadableDocumentHasOneErrorAndNoReport() throws Exception {
        JsonNode doc = Cases.JSON.readTree(FindingsJson.toJson("x.pdf", null, List.of(Finding.unreadable("encrypted"))));
        assertThat(doc.get("report").isNull()).isTrue();
        JsonNode f = doc.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("document.unreadable");
        assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        assertThat(f.get("expected").isNull()).isTrue();
        assertThat(f.get("location").get("table").isNull()).isTrue();
        assertThat(f.get("message").get("en").asText()).contains("encrypted");
    }
}
