package dev.gongkai.examples;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Report;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Check a report against the previous year's report of the same organ: 上年结转 this year must equal
 * 结转下年度继续办理 last year (cross-year.carry-over), and 现行有效件数 must follow from last year's
 * (cross-year.normative-documents).
 *
 * <pre>java dev.gongkai.examples.CrossYearCheck 2022.pdf 2023.pdf</pre>
 */
public final class CrossYearCheck {
    private CrossYearCheck() {}

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    /** Prints the cross-year findings of {@code current}; returns how many there are. */
    static int run(Path previousFile, Path currentFile, PrintStream out) throws IOException {
        Report previous = Gongkai.parse(previousFile).report();
        Report current = Gongkai.parse(currentFile).report();
        out.println(current.organ() + " " + current.year() + " against " + previous.organ() + " " + previous.year());
        List<Finding> findings = Validator.defaults().validate(current, previous);
        int n = 0;
        for (Finding f : findings) {
            if (f.rule().startsWith("cross-year.")) {
                out.println(f.toLine(Locale.ENGLISH));
                n++;
            }
        }
        out.println(n == 0 ? "the two years agree" : n + " cross-year finding(s)");
        return n;
    }
}
