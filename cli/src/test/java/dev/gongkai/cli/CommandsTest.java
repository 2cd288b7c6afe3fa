package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @Test
    void schemaPrintsTheReportSchema() throws Exception {
        MainTest.Run r = MainTest.run("schema");
        assertThat(r.code()).isZero();
        var tree = new ObjectMapper().readTree(r.out());
        assertThat(tree.path("$schema").asText()).contains("2020-12");
        assertThat(r.out()).isEqualTo(ReportJson.schema());
    }

    @Test
    void parseAsTextShowsTheTablesWithTheirLabels(@TempDir Path dir) throws Exception {
        Report report = Report.builder(Edition.E2021).organ("樟树市").year(2023).title("樟树市2023年政府信息公开工作年度报告")
                .cell(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, Cell.of(20))
                .build();
        Path f = dir.resolve("r.json");
        Files.writeString(f, ReportJson.toJson(report));
        MainTest.Run r = MainTest.run("parse", "--format", "text", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("樟树市2023年政府信息公开工作年度报告", "organ 樟树市 · year 2023 · edition 2021",
                "收到和处理政府信息公开申请情况 (applications)", "自然人");
        String row = r.out().lines().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow();
        assertThat(row.trim().split("\\s+")).containsExactly("一、本年新收政府信息公开申…", "20", "?", "?", "?", "?", "?", "?");
        assertThat(MainTest.run("parse", "--format", "yaml", f.toString()).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertThat(ReportText.width("自然人")).isEqualTo(6);
        assertThat(ReportText.width("ab（1）")).isEqualTo(7);
    }
}
