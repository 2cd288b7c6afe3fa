package dev.gongkai.cli.check;

import java.io.PrintWriter;

/**
 * Findings on stdout as files finish, one line each, like a compiler's diagnostics:
 * {@code corpus/003.txt: WARNING narrative.applications [applications/new_received/total §overview] 9 ≠ 8 正文所述…}.
 * The findings of the second pass (cross-year, duplicates) follow at the end.
 */
public final class ConsoleLines implements Sink {
    private final PrintWriter out;
    private final String lang;

    public ConsoleLines(PrintWriter out, String lang) {
        this.out = out;
        this.lang = lang;
    }

    @Override
    public void accept(Outcome o) {
        for (Issue i : o.issues()) {
            out.println(line(o.input().source(), i, lang));
        }
        out.flush();
    }

    @Override
    public void finish(CrossYear.Result batch) {
        batch.forEach((source, a) -> a.checked().issues().forEach(i -> out.println(line(source, i, lang))));
        out.flush();
    }

    /** One finding as a line. */
    public static String line(String source, Issue i, String lang) {
        StringBuilder b = new StringBuilder(source).append(": ").append(i.level()).append(' ').append(i.rule());
        String where = i.where();
        if (!where.isEmpty()) {
            b.append(" [").append(where).append(']');
        }
        if (i.actual() != null && i.expected() != null) {
            b.append(' ').append(i.actual().toPlainString()).append(" ≠ ").append(i.expected().toPlainString());
        }
        b.append(' ').append(i.message(lang));
        if (i.span() != null) {
            b.append(" (").append(i.span()).append(')');
        }
        return b.toString();
    }
}
