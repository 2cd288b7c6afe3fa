package dev.gongkai.benchmarks;

import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A corpus shaped like a real national batch: every organ has its own name (province, city, county and
 * department composed, unique for up to {@value OrganPlaces#CAPACITY} organs) and one report per year;
 * most organs publish two consecutive years that carry over correctly, some only one. A small share of
 * organs publish a report with a real error ({@value #ERROR_PERMILLE}‰: one rule of SPEC §4 broken, the
 * cross-year rules included), a few publish the same report twice in another format
 * ({@value #DUPLICATE_PERMILLE}‰ of the files, e.g. a page and its attachment), {@value #BLANKS_PERCENT}%
 * leave cells blank, and one file in {@value CorpusGenerator#DAMAGED_EVERY} is damaged as in the other
 * corpus. Formats are taken in turn as there. The same arguments always give the same bytes; organs are
 * generated in parallel.
 */
final class RealisticCorpus {

    /** Organs with one report only, in percent (the others publish two consecutive years). */
    static final int SINGLE_PERCENT = 15;
    /** Organs whose report (or pair) breaks one rule, per thousand. */
    static final int ERROR_PERMILLE = 25;
    /** Files that are published a second time in another format, per thousand. */
    static final int DUPLICATE_PERMILLE = 2;
    /** Organs whose reports leave some cells blank, in percent. */
    static final int BLANKS_PERCENT = 5;

    /** The rules an erroneous organ breaks: the arithmetic and cross-year ERRORs. */
    private static final List<String> ERRORS = List.of("applications.balance", "applications.outcomes-sum",
            "applications.applicant-sum", "review-litigation.sum", "values.non-negative", "values.integer",
            "cross-year.carry-over");

    /**
     * One organ: its first file's index, its report count (1 or 2), the rule its reports break (or null)
     * and whether its last report is written twice.
     */
    private record Organ(int index, int file, int reports, String error, boolean duplicated) {
        int files() {
            return reports + (duplicated ? 1 : 0);
        }
    }

    private RealisticCorpus() {}

    /** Writes {@code count} files under {@code dir}; returns how many are damaged. */
    static int write(Path dir, int count, long seed) throws IOException {
        List<Organ> organs = plan(count, seed);
        if (organs.size() > OrganPlaces.CAPACITY) {
            throw new IllegalArgumentException("at most " + OrganPlaces.CAPACITY + " organs have distinct names");
        }
        for (int f = 0; f < CorpusGenerator.FOLDERS; f++) {
            Files.createDirectories(dir.resolve(String.format("d%02d", f)));
        }
        try {
            return IntStream.range(0, organs.size()).parallel().map(o -> write(dir, organs.get(o), count, seed)).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The organs, in file order, covering exactly {@code count} files (the last one may be cut short). */
    private static List<Organ> plan(int count, long seed) {
        Random random = new Random(seed);
        List<Organ> out = new ArrayList<>();
        int file = 0;
        while (file < count) {
            int reports = random.nextInt(100) < SINGLE_PERCENT ? 1 : 2;
            String error = null;
            if (random.nextInt(1000) < ERROR_PERMILLE) {
                // a broken cross-year rule needs both years; the others are broken in a report of one year
                error = ERRORS.get(random.nextInt(ERRORS.size()));
                reports = error.startsWith("cross-year.") ? 2 : 1;
            }
            boolean dup = random.nextInt(1000) < DUPLICATE_PERMILLE * reports;
            Organ o = new Organ(out.size(), file, reports, error, dup);
            out.add(o);
            file += o.files();
        }
        return out;
    }

    /** Writes one organ's files (those below {@code count}); returns how many of them are damaged. */
    private static int write(Path dir, Organ o, int count, long seed) {
        long s = seed * 1_000_003L + o.index();
        Random random = new Random(s);
        Report[] reports = reports(o, s);
        String name = OrganPlaces.name(o.index());
        int damaged = 0;
        int file = o.file();
        for (int k = 0; k < o.files() && file < count; k++, file++) {
            Report r = renamed(reports[Math.min(k, reports.length - 1)], name);
            // a duplicate is the same report in the next format (a page and its attachment)
            String[] shape = CorpusGenerator.shape(k < reports.length ? file : file + 1, r, s + k);
            byte[] bytes = shape[1].getBytes(StandardCharsets.UTF_8);
            if (file % CorpusGenerator.DAMAGED_EVERY == CorpusGenerator.DAMAGED_EVERY - 1) {
                bytes = CorpusGenerator.damage(file / CorpusGenerator.DAMAGED_EVERY % 3, bytes, random);
                damaged++;
            }
            Path p = dir.resolve(String.format("d%02d", file % CorpusGenerator.FOLDERS))
                    .resolve(String.format("%06d.%s", file, shape[0]));
            try {
                Files.write(p, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return damaged;
    }

    /** The organ's reports, last year's first. */
    private static Report[] reports(Organ o, long s) {
        Random random = new Random(~s);
        if (o.error() != null) {
            Violation v = Reports.violating(o.error(), s);
            if (v.isPair()) {
                return new Report[] {v.previous(), v.report()};
            }
            return new Report[] {v.report()};
        }
        ReportGenerator g = Reports.generator();
        if (random.nextInt(100) < BLANKS_PERCENT) {
            g = g.withBlanks();
        }
        if (o.reports() == 1) {
            return new Report[] {g.generate(s)};
        }
        ReportPair p = g.generatePair(s);
        return new Report[] {p.previous(), p.current()};
    }

    /** The report of another organ: the name replaced in the organ, the title and the prose. */
    static Report renamed(Report r, String name) {
        String old = r.organ();
        if (old == null || old.isEmpty()) {
            return r.toBuilder().organ(name).build();
        }
        Report.Builder b = r.toBuilder().organ(name);
        if (r.title() != null) {
            b.title(r.title().replace(old, name));
        }
        for (Map.Entry<Section, String> e : r.sections().entrySet()) {
            b.section(e.getKey(), e.getValue().replace(old, name));
        }
        return b.build();
    }
}
