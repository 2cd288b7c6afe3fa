package org.example.consumer;

import static dev.gongkai.testkit.GongkaiAssertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

/** The library and the testkit used from a plain main method, with no test framework on the class path. */
public final class PlainUse {

    public static void main(String[] args) throws Exception {
        for (String framework : List.of("org.junit.jupiter.api.Test", "org.junit.Test", "org.testng.annotations.Test")) {
            if (present(framework)) {
                throw new IllegalStateException(framework + " is on the class path: this consumer must run without it");
            }
        }
        // parse, validate, JSON
        Report report = Gongkai.parse(Path.of(args[0])).report();
        List<Finding> findings = Validator.defaults().validate(report);
        String json = ReportJson.toJson(report);
        assertThat(ReportJson.read(json)).hasSameContentAs(report);
        String findingsJson = FindingsJson.toJson(args[0], report, findings);
        check(findingsJson.contains("gongkai.findings/1"), "findings JSON names its schema");
        // the testkit without JUnit: generate, render, parse back, assert (AssertJ)
        for (long seed = 0; seed < 20; seed++) {
            Report generated = Reports.generator().generate(seed);
            Rendering text = TextRenderer.pipes().render(generated, RenderOptions.seeded(seed));
            Report parsed = Gongkai.parse(new ByteArrayInputStream(text.bytes()), ParseContext.defaults()).report();
            assertThat(parsed).as("seed %d", seed).hasSameTablesAndMetadataAs(generated);
        }
        // a mutator: a report that breaks one rule, and the finding it gives
        Violation v = Reports.violating("applications.outcomes-sum");
        check(Validator.defaults().validate(v.report()).stream().anyMatch(f -> f.rule().equals(v.rule())),
                "the mutated report breaks " + v.rule());
        System.out.println("plain use: " + report.organ() + " " + report.year() + ", " + findings.size()
                + " findings, 20 generated reports parsed back, " + v.rule() + " found");
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, PlainUse.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("failed: " + what);
        }
    }
}
