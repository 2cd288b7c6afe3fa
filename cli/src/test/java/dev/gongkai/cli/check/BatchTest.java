package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

    @TempDir
    Path dir;

    static Report report(String organ, int year, Long carriedOver, Long carriedForward) {
        Report.Builder b = Report.builder(Edition.E2021).organ(organ).year(year);
        if (carriedOver != null) {
            b.cell(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON, Cell.of(carriedOver));
        }
        if (carriedForward != null) {
            b.cell(ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON, Cell.of(carriedForward));
        }
        return b.build();
    }

    void write(String name, Report r) throws IOException {
        write(name, ReportJson.toJson(r).getBytes(StandardCharsets.UTF_8));
    }

    void write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
    }

    @Test
    void everyFileEndsUpInTheOutputsAndTheCrossYearPassJoinsTheFindings() throws Exception {
        write("a/2022.json", report("樟树市", 2022, null, 3L));
        write("a/2023.json", report("樟树市人民政府", 2023, 2L, null));
        write("b/warn.json", report("警告局", 2023, null, null));
        write("bad/trunc.json", "{\"schema\": \"gongkai.report/1\", \"edi".getBytes(StandardCharsets.UTF_8));
        write("bad/empty.json", new byte[0]);
        write("bad/junk.json", new byte[] {0, 1, 2, (byte) 0xff, 3});
        write("other/picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        write("other/README.md", "# 说明\n".getBytes(StandardCharsets.UTF_8));
        write(".hidden/x.json", report("隐藏", 2023, null, null));
        Path out = dir.resolve("in/out");
        Tally tally = new Tally();
        OutDir outDir = new OutDir(out, tally, "en");
        Inputs inputs = new Inputs(List.of(dir.resolve("in")), out, List.of());
        assertThat(inputs.count()).isEqualTo(8);
        new Batch(new FakeChecker(), 3).run(inputs, new Sink() {
            @Override
            public void writeOwn(Outcome o) throws IOException {
                outDir.writeOwn(o);
            }

            @Override
            public void accept(Outcome o) throws IOException {
                tally.accept(o);
                outDir.accept(o);
            }

            @Override
            public void finish(CrossYear.Result batch) throws IOException {
                tally.finish(batch);
                outDir.finish(batch);
            }
        }, Progress.create(Progress.Mode.none, 8, null, false));

        assertThat(tally.files()).isEqualTo(8);
        assertThat(tally.reports()).isEqualTo(3);
        // the picture is a damaged PNG, which the OCR reader takes and cannot read
        assertThat(tally.count(Status.UNREADABLE)).isEqualTo(4);
        assertThat(tally.count(Status.SKIPPED)).isEqualTo(1);
        assertThat(tally.count(Status.ERROR)).isEqualTo(1);
        assertThat(tally.count(Status.WARNING)).isEqualTo(1);
        assertThat(tally.count(Status.OK)).isEqualTo(1);
        assertThat(tally.crossYearReports()).isEqualTo(1);

        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(csv.get(0)).isEqualTo("\ufeff" + SummaryCsv.HEADER);
        assertThat(csv).hasSize(9);
        String sep = dir.resolve("in").getFileSystem().getSeparator();
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("a" + sep + "2023.json,樟树市人民政府,2023,2021,json,1,0,0,error"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("empty.json,,,,,1,0,0,unreadable,no report template found"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("junk.json,,,,,1,0,0,unreadable,wrong format"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("trunc.json,,,,,1,0,0,unreadable"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("picture.png,,,,,1,0,0,unreadable"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("README.md,,,,,0,0,0,skipped,\"a documentation file, not a report\""));
        assertThat(csv).noneSatisfy(l -> assertThat(l).contains("隐藏"));

        List<String> jsonl = Files.readAllLines(out.resolve("findings.jsonl"));
        assertThat(jsonl).hasSize(7);
        assertThat(jsonl).filteredOn(l -> l.contains("2023.json")).singleElement().asString().contains("cross-year.carry-over");
        assertThat(jsonl).filteredOn(l -> l.contains("document.unreadable")).hasSize(4);

        assertThat(out.resolve("reports/in/a/2022.json.json")).exists();
        assertThat(ReportJson.read(Files.readString(out.resolve("reports/in/a/2023.json.json"))).organ()).isEqualTo("樟树市人民政府");
        assertThat(out.resolve("reports/in/bad/junk.json.json")).doesNotExist();

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("cross-year.carry-over", "樟树市人民政府", "picture.png", "no report template found")
                .doesNotContain("http://", "https://").contains("<svg");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "reports", "findings.jsonl", "summary.csv", "report.html", Journal.FOLDER);
        }
    }

    @Test
    void yearKeysKeepEveryTableCellAndTheSpansTheCrossYearRulesPointAt() {
        Report r = report("樟树市人民政府", 2023, 2L, 5L).toBuilder()
                .cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, Cell.read(new java.math.BigDecimal("2.50"), " 2.50 ",
                        dev.gongkai.model.SourceSpan.text(12, 3)))
                .cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL, Cell.blank("—", null))
                .cell(ApplicationRow.GRANTED, Applicant.TOTAL, Cell.of(4).uncertain("row-long"))
                .cell(ApplicationRow.CARRIED_OVER, Applicant.OTHER_ORG, Cell.MISSING.uncertain("row-short"))
                .structure(dev.gongkai.model.DocumentStructure.UNKNOWN.withUnmapped(dev.gongkai.model.TableId.REVIEW_LITIGATION, "row-not-found"))
                .build();
        YearKey k = YearKey.of("x.txt", r, Status.OK);
        Report back = k.toReport();
        assertThat(back.applications().value(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON)).isEqualByComparingTo("2");
        assertThat(back.applications().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL).value()).isEqualTo(new java.math.BigDecimal("2.50"));
        assertThat(back.applications().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL).span().line()).isEqualTo(12);
        assertThat(back.applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL).isBlank()).isTrue();
        assertThat(back.applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL).isMissing()).isFalse();
        assertThat(back.applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.OTHER_ORG).isMissing()).isTrue();
        assertThat(back.organ()).isEqualTo("樟树市人民政府");
        assertThat(back.applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).uncertainty()).isEqualTo("row-long");
        assertThat(back.applications().value(ApplicationRow.GRANTED, Applicant.TOTAL)).isEqualByComparingTo("4");
        assertThat(back.applications().cell(ApplicationRow.CARRIED_OVER, Applicant.OTHER_ORG).isMissing()).isTrue();
        assertThat(back.applications().cell(ApplicationRow.CARRIED_OVER, Applicant.OTHER_ORG).uncertainty()).isEqualTo("row-short");
        assertThat(back.uncertainties()).isEqualTo(r.uncertainties());
        assertThat(YearKey.of("y.txt", report(null, 2023, null, null), Status.OK)).isNull();
        assertThat(YearKey.of("y.txt", report("正文", 2023, null, null), Status.OK)).isNull();
        assertThat(YearKey.of("y.txt", report("樟树市", 2023, null, null).toBuilder().year(null).build(), Status.OK)).isNull();
    }

    @Test
    void yearKeysGiveBackEveryTableCellAndStaySmall() {
        long chars = 0;
        int n = 0;
        for (Edition e : Edition.values()) {
            for (long seed = 1; seed <= 100; seed++) {
                Report r = dev.gongkai.testkit.Reports.generator().edition(e).generate(seed).toBuilder().organ("樟树市").build();
                YearKey k = YearKey.of("reports/" + seed + ".txt", r, Status.OK);
                Report back = k.toReport();
                Report tablesOnly = r.toBuilder().title(null).published(null).build();
                assertThat(dev.gongkai.model.ReportDiff.between(tablesOnly, back, false)).as("%s seed %d", e, seed).isEmpty();
                chars += k.cells().length();
                n++;
            }
        }
        System.out.printf("YearKey: %.0f packed chars per generated report%n", (double) chars / n);
        assertThat(chars / n).as("packed cells per report").isLessThan(1024);
    }

    @Test
    void anErrorOnTheWriterThreadStopsTheBatchRatherThanHangIt() throws Exception {
        for (int n = 0; n < 300; n++) {
            write("many/" + n + ".json", report("樟树市", 2000 + n % 3, null, null));
        }
        Inputs inputs = new Inputs(List.of(dir.resolve("in")), null, List.of());
        int[] accepted = {0};
        Sink failing = new Sink() {
            @Override
            public void accept(Outcome o) {
                if (++accepted[0] == 100) {
                    throw new OutOfMemoryError("test: the writer thread runs out of memory");
                }
            }
        };
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Batch(new FakeChecker(), 2).run(inputs, failing,
                    Progress.create(Progress.Mode.none, 300, null, false)))
                    .isInstanceOf(IOException.class).hasRootCauseInstanceOf(OutOfMemoryError.class);
        });
    }

    @Test
    void anErrorInTheSecondPassEndsTheBatchWithIt() throws Exception {
        for (int n = 0; n < 600; n++) {
            write("many/" + n + ".json", report("樟树市", 2000 + n % 3, null, null));
        }
        Inputs inputs = new Inputs(List.of(dir.resolve("in")), null, List.of());
        Checker failing = new FakeChecker() {
            @Override
            public Checked batch(String source, Report current, Report previous, List<dev.gongkai.validation.NamedReport> duplicates) {
                throw new OutOfMemoryError("test: the second pass runs out of memory");
            }
        };
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Batch(failing, 2).run(inputs, o -> {},
                    Progress.create(Progress.Mode.none, 600, null, false)))
                    .isInstanceOf(OutOfMemoryError.class);
        });
    }

    @Test
    void progressLinesSayDoneTotalRateAndEta() {
        assertThat(LineProgress.line(1200, 2000, 10)).isEqualTo("gongkai: 1200/2000 files (60%), 120.0 files/s, ETA 7 s");
        assertThat(LineProgress.line(2000, 2000, 125)).isEqualTo("gongkai: 2000/2000 files (100%), 16.0 files/s, 2 min 5 s");
    }
}
