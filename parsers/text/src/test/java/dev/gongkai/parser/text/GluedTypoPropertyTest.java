package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.FlatRow;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Glued crawler dumps (cells run together) whose one row label is misspelt: one character replaced,
 * dropped or added (予以公布, 予以开, 属于国家秘蜜). Over seeded reports: no cell is ever read wrong, and
 * every row of the template is either read or named in a problem — a misspelt row is never silently
 * missing. Prints how many misspelt rows were read back. Failures list the seed.
 */
@Tag("slow")
class GluedTypoPropertyTest {

    private static final int COUNT = 400;
    /** Every problem kept, so that each missing row's problem can be looked for. */
    private static final ParseContext ALL_PROBLEMS = new ParseContext(null, null, 10_000,
            ParseContext.defaults().maxBytes());
    /** Common characters that make no label valid when put into one. */
    private static final String HAN = "布与的是在有人中大为上国我以要他时来们生到作地于出就分对成会可主发";

    @Test
    void aMisspeltRowLabelIsReadOrReportedNeverLostSilently() throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int recovered = 0;
        int baseline = 0;
        for (long seed = 1; seed <= COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report expected = g.generate(seed);
            Rendering doc = TextRenderer.flat().render(expected, RenderOptions.seeded(seed));
            Random rnd = new Random(seed);
            List<FlatRow> rows = doc.flatRows().stream().filter(r -> !r.table().equals("review_litigation")).toList();
            FlatRow row = rows.get(rnd.nextInt(rows.size()));
            String typo = misspell(doc.text(), row, expected.edition(), rnd);
            if (typo == null) {
                continue;
            }
            cases++;
            ParseResult p = new TextReportParser().parse(
                    new ByteArrayInputStream(typo.getBytes(StandardCharsets.UTF_8)), ALL_PROBLEMS);
            List<String> wrong = new ArrayList<>();
            check(expected.activeDisclosure(), p.report().activeDisclosure(), p.problems(), wrong);
            check(expected.applications(), p.report().applications(), p.problems(), wrong);
            check(expected.reviewLitigation(), p.report().reviewLitigation(), p.problems(), wrong);
            ParseResult before = new TextReportParser().parse(new ByteArrayInputStream(doc.bytes()),
                    ALL_PROBLEMS);
            boolean readBefore = read(row, expected, before.report());
            baseline += readBefore ? 1 : 0;
            if (read(row, expected, p.report())) {
                recovered++;
            }
            if (!wrong.isEmpty() && failures.size() < 8) {
                failures.add("seed " + seed + " " + g + " " + doc.variations() + " misspelt " + row.table() + "/"
                        + row.row() + "\n  " + String.join("\n  ", wrong.subList(0, Math.min(6, wrong.size()))));
            }
        }
        System.out.printf("misspelt row labels in glued dumps: %d cases, the row read from %d dumps as written,"
                + " from %d misspelt%n", cases, baseline, recovered);
        assertThat(failures).as("cells read wrong, or rows missing without a problem").isEmpty();
        assertThat(cases).isGreaterThan(COUNT * 3 / 4);
        assertThat(recovered).as("misspelt rows read back, of " + baseline + " read as written")
                .isGreaterThan(baseline * 3 / 4);
    }

    /**
     * The dump with one character of the row's label (not of its numbering) replaced, dropped or
     * added, or {@code null} when the label does not stand right before the row's digits, once.
     */
    private static String misspell(String text, FlatRow row, Edition edition, Random rnd) {
        String label = label(row, edition);
        if (label == null || row.written().isEmpty()) {
            return null;
        }
        String core = label.replaceFirst("^(（[一二三四五六七]）|[0-9]\\.|[一二三四]、)", "");
        String at = core + row.written();
        int i = text.indexOf(at);
        if (i < 0 || text.indexOf(at, i + 1) >= 0 || core.length() < 2) {
            return null;
        }
        int k = rnd.nextInt(core.length());
        char c = HAN.charAt(rnd.nextInt(HAN.length()));
        String changed = switch (rnd.nextInt(3)) {
            case 0 -> core.substring(0, k) + c + core.substring(k + 1);
            case 1 -> core.substring(0, k) + core.substring(k + 1);
            default -> core.substring(0, k) + c + core.substring(k);
        };
        if (changed.equals(core)) {
            return null;
        }
        return text.substring(0, i) + changed + text.substring(i + core.length());
    }

    private static String label(FlatRow row, Edition edition) {
        if (row.table().equals("applications")) {
            for (ApplicationRow r : ApplicationRow.values()) {
                if (r.code().equals(row.row())) {
                    return r.label();
                }
            }
        }
        for (ActiveRow r : ActiveRow.values()) {
            if (r.code().equals(row.row())) {
                return r.label(edition);
            }
        }
        return null;
    }

    /** True when every cell of the misspelt row was read as the report has it. */
    private static boolean read(FlatRow row, Report expected, Report actual) {
        if (row.table().equals("applications")) {
            return expected.applications().rows().stream().filter(r -> r.code().equals(row.row()))
                    .allMatch(r -> expected.applications().columns(r).stream().allMatch(c -> actual.applications().has(r, c)
                            && CellAudit.same(expected.applications().cell(r, c), actual.applications().cell(r, c))));
        }
        return expected.activeDisclosure().rows().stream().filter(r -> r.code().equals(row.row()))
                .allMatch(r -> expected.activeDisclosure().columns(r).stream().allMatch(c -> actual.activeDisclosure().has(r, c)
                        && CellAudit.same(expected.activeDisclosure().cell(r, c), actual.activeDisclosure().cell(r, c))));
    }

    /**
     * Cells that differ from the report's and are not left missing ({@code raw == null}) with a problem
     * naming their table and row (for table 四, its group or the table).
     */
    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void check(StatTable<R, C> expected,
            StatTable<R, C> actual, List<Problem> problems, List<String> out) {
        for (R row : expected.rows()) {
            for (C column : expected.columns(row)) {
                Cell e = expected.cell(row, column);
                Cell a = actual.has(row, column) ? actual.cell(row, column) : Cell.MISSING;
                if (CellAudit.same(e, a)) {
                    continue;
                }
                String name = expected.id().code() + "/" + row.code();
                boolean covered = a.raw() == null && a.value() == null && problems.stream().map(Problem::message)
                        .anyMatch(m -> names(m, name) || names(m, "the row " + row.code())
                                || expected.id().code().equals("review_litigation") && m.contains("review_litigation"));
                if (!covered) {
                    out.add(name + "/" + column.code() + ": expected " + e + ", read " + a
                            + (a.raw() == null && a.value() == null ? " (no problem names the row)" : ""));
                }
            }
        }
    }

    /** True when the message names exactly this row (not only a row whose code starts the same). */
    private static boolean names(String message, String name) {
        for (int i = message.indexOf(name); i >= 0; i = message.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (end >= message.length() || !Character.isLetterOrDigit(message.charAt(end))
                    && message.charAt(end) != '_' && message.charAt(end) != '.') {
                return true;
            }
        }
        return false;
    }
}
