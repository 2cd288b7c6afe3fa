package dev.gongkai.validation.internal.rules;

import static dev.gongkai.model.ApplicationRow.CARRIED_OVER;
import static dev.gongkai.model.ApplicationRow.NEW_RECEIVED;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Application counts stated in the prose agree with table 三. A stated count may mean the new
 * applications or the new plus those carried over; either reading that agrees is no finding. Only
 * counts whose words say what they count are read: a total after 收到/受理 …申请 (共收到政府信息公开申请21件,
 * 受理依申请公开件292件), and a breakdown by applicant type (其中自然人8件, 法人或其他组织1件, 商业企业0件 …).
 */
@RuleDefinition(id = "narrative.applications", severity = Severity.WARNING, since = "0.1",
        summary = "Counts of applications stated in the prose agree with table 三.",
        messages = {"narrative.applications.total", "narrative.applications.total.carried",
            "narrative.applications.applicant", "narrative.applications.applicant.carried"})
public final class NarrativeApplications implements Rule {

    private static final String NUM = "(?<n>\\d+)\\s*件";
    /** A total: a verb of receiving, then words naming applications (no other count in between). */
    private static final Pattern TOTAL = Pattern.compile( // the lookahead only spares trying each verb at each place
            "(?=[收受接新])(?:收到|受理|接收|新收|收悉)(?<what>[^\\d，,。；;：:、]{0,20}?)" + NUM);
    private static final Pattern WHAT_APPLICATIONS = Pattern.compile("申请");
    private static final Pattern WHAT_NOT = Pattern.compile("许可|复议|诉讼|信访|投诉|举报|建议|提案|来信|来电|咨询|办结|答复|结转");
    /** A sentence that speaks of applications. */
    private static final String ABOUT_APPLICATIONS = "申请";
    private static final String GAP = "(?:申请|提出|提交|的|为|共|有|：|:|\\s)*";

    private record Kind(Pattern pattern, String literal, List<Applicant> columns, String label, String english) {}

    private static final List<Kind> KINDS = List.of(
            kind("自然人", List.of(Applicant.NATURAL_PERSON), "natural persons"),
            kind("法人(?:或|和|及)?其他组织", Applicant.parts().subList(1, 6), "legal persons or other organisations"),
            kind("商业企业", List.of(Applicant.COMMERCIAL_ENTERPRISE), "commercial enterprises"),
            kind("科研机构", List.of(Applicant.RESEARCH_INSTITUTION), "research institutions"),
            kind("社会公益组织", List.of(Applicant.PUBLIC_INTEREST_ORG), "public interest organisations"),
            kind("法律服务机构", List.of(Applicant.LEGAL_SERVICE_ORG), "legal service organisations"));

    private static Kind kind(String words, List<Applicant> columns, String english) {
        return new Kind(Pattern.compile("(?=" + words.charAt(0) + ")(?<!非)" + words + GAP + NUM), words.substring(0, 2), columns,
                words.startsWith("法人") ? "法人或其他组织" : words, english);
    }

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        StatTable<ApplicationRow, Applicant> t = r.applications();
        Set<String> seen = new HashSet<>();
        for (Prose.Count c : Prose.find(r, TOTAL, ABOUT_APPLICATIONS, "件")) { // a count ends in 件
            String what = whatOf(c.sentence(), c.value());
            if (what == null) {
                continue;
            }
            List<Applicant> all = List.of(Applicant.TOTAL);
            compare(ctx, t, all, c, "narrative.applications.total", null, seen);
        }
        for (Kind k : KINDS) {
            for (Prose.Count c : Prose.find(r, k.pattern(), ABOUT_APPLICATIONS, k.literal())) {
                compare(ctx, t, k.columns(), c, "narrative.applications.applicant", k, seen);
            }
        }
    }

    /** Re-reads the sentence to check the words before the stated total; {@code null} when they do not name applications. */
    private static String whatOf(String sentence, BigDecimal n) {
        var m = TOTAL.matcher(sentence);
        while (m.find()) {
            if (new BigDecimal(m.group("n")).compareTo(n) == 0) {
                String what = m.group("what");
                if (WHAT_APPLICATIONS.matcher(what).find() && !WHAT_NOT.matcher(what).find()) {
                    return what;
                }
            }
        }
        return null;
    }

    private static void compare(RuleContext ctx, StatTable<ApplicationRow, Applicant> t, List<Applicant> columns,
            Prose.Count c, String key, Kind kind, Set<String> seen) {
        BigDecimal fresh = sum(t, NEW_RECEIVED, columns);
        BigDecimal carried = sum(t, CARRIED_OVER, columns);
        if (fresh == null) {
            return;
        }
        BigDecimal withCarried = carried == null ? null : fresh.add(carried);
        if (c.value().compareTo(fresh) == 0 || (withCarried != null && c.value().compareTo(withCarried) == 0)) {
            return;
        }
        Applicant column = columns.size() == 1 ? columns.get(0) : null;
        if (!seen.add(key + (kind == null ? "" : kind.label()) + c.value())) {
            return;
        }
        Location where = Location.cell(TableId.APPLICATIONS, NEW_RECEIVED, column).withSection(c.section());
        boolean withCarriedDiffers = withCarried != null && withCarried.compareTo(fresh) != 0;
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            args.add(kind.label());
            args.add(kind.english());
        }
        args.add(c.value());
        args.add(fresh);
        if (withCarriedDiffers) {
            args.add(withCarried);
        }
        args.add(c.sentence());
        var f = ctx.finding(key + (withCarriedDiffers ? ".carried" : ""), where).expected(fresh).actual(c.value())
                .arguments(args.toArray());
        for (Applicant a : columns) {
            f.over(t, NEW_RECEIVED, a).over(t, CARRIED_OVER, a);
        }
        f.add();
    }

    private static BigDecimal sum(StatTable<ApplicationRow, Applicant> t, ApplicationRow row, List<Applicant> columns) {
        List<BigDecimal> v = new ArrayList<>();
        for (Applicant a : columns) {
            v.add(t.value(row, a));
        }
        return Sums.sum(v);
    }
}
