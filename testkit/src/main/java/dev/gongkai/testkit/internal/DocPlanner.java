package dev.gongkai.testkit.internal;

import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.testkit.render.Variation;
import java.util.Map;
import java.util.Set;

/**
 * Lays a report out as a document: title, preamble, the six sections with their headings, prose and
 * tables, signature and date, applying the chosen variations to headings and labels. The prose of the
 * sections is written exactly as the report holds it (one line per paragraph), so a reader can recover
 * it; the title, organ, year and date are written where SPEC §3 says readers find them.
 */
public final class DocPlanner {

    private static final Map<Section, String> LONG = Map.of(
            Section.OVERVIEW, "总体情况",
            Section.ACTIVE_DISCLOSURE, "行政机关主动公开政府信息情况",
            Section.APPLICATIONS, "行政机关收到和处理政府信息公开申请情况",
            Section.REVIEW_LITIGATION, "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
            Section.PROBLEMS, "政府信息公开工作存在的主要问题及改进情况",
            Section.OTHER_MATTERS, "其他需要报告的事项");

    private DocPlanner() {}

    public static Doc plan(Report r, Set<Variation> v, Prng rng) {
        Labels l = new Labels(v, rng);
        Doc d = new Doc();
        String title = r.title();
        if (title != null && !v.contains(Variation.TITLE_IN_PREAMBLE)) {
            int cut = title.indexOf("信息公开工作");
            if (v.contains(Variation.TITLE_TWO_LINES) && cut > 0) {
                d.line(title.substring(0, cut), Doc.Kind.TITLE);
                d.line(title.substring(cut), Doc.Kind.TITLE);
            } else {
                d.line(title, Doc.Kind.TITLE);
            }
        }
        if (!v.contains(Variation.NO_PREAMBLE)) {
            d.line(l.punct(preamble(r, v.contains(Variation.TITLE_IN_PREAMBLE))), Doc.Kind.PREAMBLE);
        }
        for (Section s : Section.values()) {
            String text = r.section(s);
            boolean table = s == Section.ACTIVE_DISCLOSURE || s == Section.APPLICATIONS || s == Section.REVIEW_LITIGATION;
            if (text == null && !table) {
                continue;
            }
            String label = v.contains(Variation.LONG_HEADINGS) ? LONG.get(s) : s.label();
            String numeral = s == Section.PROBLEMS && v.contains(Variation.MISSING_NUMERAL) ? "" : s.numeral() + "、";
            d.line(numeral + label, Doc.Kind.HEADING);
            if (text != null) {
                for (String line : text.split("\n", -1)) {
                    if (!line.isEmpty()) {
                        d.line(line, Doc.Kind.PROSE);
                    }
                }
            }
            if (s == Section.ACTIVE_DISCLOSURE) {
                d.table(s, Tables.active(r, l));
            } else if (s == Section.APPLICATIONS) {
                d.table(s, Tables.applications(r, l));
            } else if (s == Section.REVIEW_LITIGATION) {
                d.table(s, Tables.review(r, l));
            }
        }
        if (r.published() != null && r.organ() != null) {
            d.line(r.organ(), Doc.Kind.SIGNATURE);
            d.line(r.published().getYear() + "年" + r.published().getMonthValue() + "月"
                    + r.published().getDayOfMonth() + "日", Doc.Kind.SIGNATURE);
        }
        return d;
    }

    private static String preamble(Report r, boolean named) {
        String y = r.year() == null ? "本" : String.valueOf(r.year());
        String organ = r.organ() == null ? "本机关" : r.organ();
        String notice = r.edition() == Edition.E2019
                ? "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"
                : "《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）";
        StringBuilder b = new StringBuilder("本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和")
                .append(notice).append("要求，由").append(organ).append("编制");
        if (named && r.title() != null) {
            b.append("，现公布《").append(r.title()).append("》");
        }
        b.append("。本报告中所列数据的统计期限自").append(y).append("年1月1日起至").append(y).append("年12月31日止。")
                .append("本年度报告的电子版可以从").append(organ).append("门户网站下载。如对本报告有任何疑问，请与")
                .append(organ).append("联系（电话：0795-7333129）。");
        return b.toString();
    }
}
