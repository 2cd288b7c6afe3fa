package dev.gongkai.spark;

import dev.gongkai.model.Report;
import dev.gongkai.validation.BatchPairing;
import dev.gongkai.validation.DocumentCheck;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.ReportDigest;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The batch of {@code gongkai check}, on one thread, from the same library calls the CLI makes (its
 * {@code Batch}, {@code ValidatorChecker} and {@code CrossYear}): each file read by
 * {@link DocumentCheck} and validated alone; then the digests of the reports, in the order of their
 * sources, paired by {@link BatchPairing}, and {@link Validator#batchFindings} appended to each report's
 * findings (with a hierarchy, each report's subordinates by {@link Validator#subordinates}). Files and
 * folders whose name starts with {@code .} are left out, as the CLI walks a folder. Gives each file's {@code gongkai.findings/1} line (skipped files have none) and status.
 */
final class BatchReference {

    record Result(String line, String status) {}

    private BatchReference() {}

    static Map<String, Result> check(Path dir, Validator validator) throws IOException {
        return check(dir, validator, OrganHierarchy.NONE);
    }

    /** With a hierarchy of organs: each report's subordinates as {@link Validator#subordinates} picks them. */
    static Map<String, Result> check(Path dir, Validator validator, OrganHierarchy hierarchy) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).filter(f -> !hidden(dir, f)).sorted().toList();
        }
        Map<String, Report> reports = new TreeMap<>();
        Map<String, List<Finding>> findings = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        for (Path f : files) {
            String source = f.toString();
            DocumentCheck.Read read = DocumentCheck.read(source, f.getFileName().toString(), () -> Files.newInputStream(f));
            switch (read.kind()) {
                case SKIPPED -> skipped.put(source, read.reason());
                case UNREADABLE -> {
                    reports.put(source, null);
                    findings.put(source, List.of(read.finding()));
                }
                case READ -> {
                    reports.put(source, read.parsed().report());
                    findings.put(source, new ArrayList<>(validator.validate(read.parsed().report())));
                }
            }
        }
        List<String> sources = new ArrayList<>();
        List<ReportDigest> digests = new ArrayList<>();
        reports.forEach((source, r) -> {
            ReportDigest d = r == null ? null : ReportDigest.of(r);
            if (d != null) {
                sources.add(source);
                digests.add(d);
            }
        });
        List<String> organs = digests.stream().map(ReportDigest::organ).toList();
        List<Integer> years = digests.stream().map(d -> (Integer) d.year()).toList();
        BatchPairing pairing = BatchPairing.of(organs, years);
        for (int i = 0; i < digests.size(); i++) {
            int p = pairing.previous(i);
            List<NamedReport> others = new ArrayList<>();
            for (int d : pairing.duplicates(i)) {
                others.add(new NamedReport(sources.get(d), digests.get(d).toReport()));
            }
            List<Report> subs = new ArrayList<>();
            for (int s : Validator.subordinates(organs, years, i, hierarchy)) {
                subs.add(digests.get(s).toReport());
            }
            findings.get(sources.get(i)).addAll(validator.batchFindings(digests.get(i).toReport(),
                    p < 0 ? null : digests.get(p).toReport(), others, subs));
        }
        Map<String, Result> out = new TreeMap<>();
        findings.forEach((source, fs) -> {
            Report r = reports.get(source);
            out.put(source, new Result(FindingsJson.toJsonLine(source, r, fs), status(r, fs)));
        });
        skipped.keySet().forEach(s -> out.put(s, new Result(null, "skipped")));
        return out;
    }

    /** Whether a name below the folder starts with {@code .} (gongkai check leaves such files and folders out). */
    static boolean hidden(Path dir, Path file) {
        for (Path name : dir.relativize(file)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String status(Report r, List<Finding> fs) {
        if (r == null) {
            return "unreadable";
        }
        boolean warning = false;
        for (Finding f : fs) {
            if (f.severity() == dev.gongkai.validation.Severity.ERROR) {
                return "error";
            }
            warning |= f.severity() == dev.gongkai.validation.Severity.WARNING;
        }
        return warning ? "warning" : "ok";
    }
}
