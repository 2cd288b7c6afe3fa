package dev.gongkai.cli.check;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.NamedReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A checker for the batch machinery's tests: a WARNING {@code test.organ} for organs whose name has
 * 警告, an ERROR {@code cross-year.carry-over} per column where carried_over differs from last year's
 * carried_forward, an INFO {@code batch.duplicate} per other document of the organ and year.
 */
class FakeChecker implements Checker {

    @Override
    public Checked check(String source, ParseResult parsed) {
        List<Issue> issues = new ArrayList<>();
        String organ = parsed.report().organ();
        if (organ != null && organ.contains("警告")) {
            issues.add(new Issue("test.organ", Level.WARNING, null, null, null, null, null, null, "机关名称含警告", "organ says warning", null));
        }
        return checked(source, issues);
    }

    @Override
    public Checked unreadable(String source, String reason) {
        return checked(source, List.of(new Issue("document.unreadable", Level.ERROR, null, null, null, null, null, null,
                "无法读取：" + reason, "unreadable: " + reason, null)));
    }

    @Override
    public Checked batch(String source, Report current, Report previous, List<NamedReport> duplicates) {
        List<Issue> issues = new ArrayList<>();
        for (NamedReport d : duplicates) {
            issues.add(new Issue("batch.duplicate", Level.INFO, null, null, null, null, null, null, "重复：" + d.name(),
                    "duplicate of " + d.name(), null));
        }
        if (previous == null) {
            return checked(source, issues);
        }
        for (Applicant a : Applicant.all()) {
            BigDecimal now = current.applications().value(ApplicationRow.CARRIED_OVER, a);
            BigDecimal before = previous.applications().value(ApplicationRow.CARRIED_FORWARD, a);
            if (now != null && before != null && now.compareTo(before) != 0) {
                issues.add(new Issue("cross-year.carry-over", Level.ERROR, "applications", "carried_over", a.code(), null,
                        before, now, "结转不符", "carry-over differs", String.valueOf(current.applications().cell(ApplicationRow.CARRIED_OVER, a).span())));
            }
        }
        return checked(source, issues);
    }

    private static Checked checked(String source, List<Issue> issues) {
        StringBuilder b = new StringBuilder("{\"schema\":\"gongkai.findings/1\",\"source\":\"" + source + "\",\"findings\":[");
        for (int i = 0; i < issues.size(); i++) {
            b.append(i > 0 ? "," : "").append("{\"rule\":\"").append(issues.get(i).rule()).append("\",\"severity\":\"")
                    .append(issues.get(i).level()).append("\"}");
        }
        return new Checked(issues, b.append("]}").toString());
    }
}
