package dev.gongkai.cli.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The summary of a batch on stdout, as text or as one JSON object. */
public final class Summary {
    /** How many files of a group of duplicates the text summary names. */
    private static final int GROUP_SHOWN = 4;

    private Summary() {}

    /** Prints the summary as text in a language. */
    public static void text(Tally t, String outDir, String lang, PrintWriter out) {
        Words w = new Words(lang);
        double s = t.seconds();
        out.println(w.t("checked ", "已检查 ") + t.files() + w.t(" files in ", " 个文件，用时 ")
                + String.format(Locale.ROOT, "%.1f s (%.1f %s)", s, s > 0 ? t.files() / s : 0, w.t("files/s", "个/秒")));
        StringBuilder b = new StringBuilder("  ");
        for (Status st : Status.values()) {
            b.append(w.status(st)).append(' ').append(t.count(st)).append(st == Status.SKIPPED ? "" : " · ");
        }
        out.println(b);
        out.println("  " + w.t("findings", "发现") + ": ERROR " + t.count(Level.ERROR) + " · WARNING " + t.count(Level.WARNING)
                + " · INFO " + t.count(Level.INFO) + (t.crossYearReports() > 0
                ? " · " + w.t("cross-year findings in ", "跨年度发现涉及 ") + t.crossYearReports() + w.t(" reports", " 份报告") : ""));
        out.println("  " + batch(t, w));
        for (Map.Entry<String, int[]> e : t.byRule().entrySet()) {
            int[] v = e.getValue();
            out.println(String.format(Locale.ROOT, "    %-32s %s", e.getKey(),
                    (v[0] > 0 ? "ERROR " + v[0] + " " : "") + (v[1] > 0 ? "WARNING " + v[1] + " " : "") + (v[2] > 0 ? "INFO " + v[2] : "")).stripTrailing());
        }
        if (t.filesWithReaderProblems() > 0) {
            StringBuilder r = new StringBuilder("  " + w.t("the reader reported problems in ", "读取时发现问题的文件 ")
                    + t.filesWithReaderProblems() + w.t(t.filesWithReaderProblems() == 1 ? " file:" : " files:", " 个："));
            t.readerProblems().forEach((code, n) -> r.append(' ').append(code).append(' ').append(n));
            out.println(r);
        }
        if (t.duplicateGroups() > 0) {
            out.println("  " + w.t("duplicates (one organ's report of one year):", "重复文档（同一机关同一年度的报告）："));
            t.duplicates().forEach(g -> out.println("    " + String.join(" = ", g.subList(0, Math.min(g.size(), GROUP_SHOWN)))
                    + (g.size() > GROUP_SHOWN ? " = … (" + g.size() + w.t(" files)", " 个文件）") : "")));
            if (t.duplicateGroups() > t.duplicates().size()) {
                out.println("    … " + (t.duplicateGroups() - t.duplicates().size()) + w.t(" more", " 组未列出"));
            }
        }
        list(out, w.t("unreadable", "无法读取"), t.unreadable(), t.count(Status.UNREADABLE));
        list(out, w.t("skipped", "已跳过"), t.skipped(), t.count(Status.SKIPPED));
        if (outDir != null) {
            out.println("  " + w.t("wrote ", "已写入 ") + outDir + "/{report.html, summary.csv, findings.jsonl, reports/}");
        }
        out.flush();
    }

    /** The line on organs, year pairs and duplicates. */
    static String batch(Tally t, Words w) {
        return w.t("organs ", "机关 ") + t.organs() + w.t(" · year pairs compared ", " 个 · 比较相邻年度 ") + t.yearPairs()
                + w.t(" (" + t.comparedReports() + " reports)", " 对（" + t.comparedReports() + " 份报告）")
                + w.t(" · duplicates " + t.duplicateGroups() + " groups (" + t.duplicateFiles() + " files)",
                        "· 重复文档 " + t.duplicateGroups() + " 组（" + t.duplicateFiles() + " 个文件）");
    }

    private static void list(PrintWriter out, String what, java.util.List<String> names, int total) {
        if (total == 0) {
            return;
        }
        out.println("  " + what + ":");
        names.forEach(n -> out.println("    " + n));
        if (total > names.size()) {
            out.println("    … " + (total - names.size()) + " more");
        }
    }

    /** The peak use of the heap so far: the sum of the heap pools' peaks (an upper bound of the true peak). */
    static long peakHeap() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Prints the summary as one JSON object. */
    public static void json(Tally t, String outDir, PrintWriter out) {
        ObjectNode o = OutDir.JSON.createObjectNode();
        o.put("files", t.files());
        o.put("reports", t.reports());
        ObjectNode st = o.putObject("status");
        for (Status s : Status.values()) {
            st.put(s.label(), t.count(s));
        }
        ObjectNode sev = o.putObject("findings");
        for (Level l : Level.values()) {
            sev.put(l.name(), t.count(l));
        }
        ObjectNode rules = o.putObject("rules");
        t.byRule().forEach((id, v) -> {
            ObjectNode r = rules.putObject(id);
            for (Level l : Level.values()) {
                if (v[l.ordinal()] > 0) {
                    r.put(l.name(), v[l.ordinal()]);
                }
            }
        });
        o.put("crossYearReports", t.crossYearReports());
        o.put("organs", t.organs());
        o.put("yearPairs", t.yearPairs());
        o.put("comparedReports", t.comparedReports());
        ObjectNode dup = o.putObject("duplicates");
        dup.put("groups", t.duplicateGroups());
        dup.put("files", t.duplicateFiles());
        var listed = dup.putArray("listed");
        t.duplicates().forEach(g -> g.forEach(listed.addArray()::add));
        ObjectNode reader = o.putObject("readerProblems");
        reader.put("files", t.filesWithReaderProblems());
        t.readerProblems().forEach(reader::put);
        t.unreadable().forEach(o.putArray("unreadable")::add);
        t.skipped().forEach(o.putArray("skipped")::add);
        o.put("seconds", Math.round(t.seconds() * 1000) / 1000.0);
        ObjectNode heap = o.putObject("heap");
        heap.put("peakBytes", peakHeap());
        heap.put("maxBytes", Runtime.getRuntime().maxMemory());
        if (outDir == null) {
            o.putNull("out");
        } else {
            o.put("out", outDir);
        }
        out.println(o.toString());
        out.flush();
    }
}
