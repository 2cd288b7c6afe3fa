package dev.gongkai.examples;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Parse one document (any installed format) and look at the report.
 *
 * <pre>java dev.gongkai.examples.ParseFile corpus/seeds/000_caa70d9250cb3ad4.txt</pre>
 */
public final class ParseFile {
    private ParseFile() {}

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), System.out);
    }

    static void run(Path file, PrintStream out) throws IOException {
        ParseResult result;
        try {
            result = Gongkai.parse(file); // picks the reader by the file's bytes and name
        } catch (UnreadableDocumentException e) {
            // what the reader saw, then what is wrong and what to do (e.explain(Locale.CHINESE) in Chinese)
            out.println("unreadable (" + e.reason().text() + "): " + e.getMessage() + ". " + e.explain(java.util.Locale.ENGLISH));
            return;
        }
        Report r = result.report();
        out.println(r.organ() + " " + r.year() + " (edition " + r.edition().code() + ", read by " + result.parser() + ")");
        // A cell is a number, blank (null value, raw text kept) or missing (raw null) — blank is never 0.
        var received = r.applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
        out.println("new applications: " + (received.isBlank() ? "blank" : received.value().toPlainString()));
        for (Problem p : result.problems()) {
            out.println("problem: " + p);
        }
        out.println(ReportJson.toJson(r)); // the canonical JSON, gongkai.report/1
    }
}
