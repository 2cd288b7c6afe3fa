package dev.gongkai.cli.check;

import dev.gongkai.model.Report;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@link Checker} of the validation module's {@link Validator}. */
public final class ValidatorChecker implements Checker {

    private final Validator validator;

    public ValidatorChecker(Validator validator) {
        this.validator = validator;
    }

    @Override
    public Checked check(String source, ParseResult parsed) {
        return checked(source, parsed.report(), validator.validate(parsed.report()));
    }

    @Override
    public Checked unreadable(String source, String reason) {
        return checked(source, null, List.of(Finding.unreadable(reason)));
    }

    @Override
    public Checked unreadable(String source, dev.gongkai.UnreadableDocumentException e) {
        return checked(source, null, List.of(Finding.unreadable(e)));
    }

    @Override
    public Checked batch(String source, Report current, Report previous, List<NamedReport> duplicates) {
        return checked(source, current, validator.batchFindings(current, previous, duplicates));
    }

    @Override
    public Checked batch(String source, Report current, Report previous, List<NamedReport> duplicates, List<Report> subordinates) {
        return checked(source, current, validator.batchFindings(current, previous, duplicates, subordinates));
    }

    private static Checked checked(String source, Report report, List<Finding> findings) {
        List<Issue> issues = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            issues.add(issue(f));
        }
        return new Checked(issues, FindingsJson.toJsonLine(source, report, findings));
    }

    /** A finding as the outputs show it. */
    public static Issue issue(Finding f) {
        SourceSpan s = f.span();
        return new Issue(f.rule(), Level.valueOf(f.severity().name()), f.location().table(), f.location().row(),
                f.location().column(), f.location().section(), f.expected(), f.actual(), f.message(Locale.CHINESE),
                f.message(Locale.ENGLISH), s == null || s.equals(SourceSpan.UNKNOWN) ? null : s.toString());
    }
}
