package dev.gongkai.testkit.internal;

import dev.gongkai.model.Edition;
import dev.gongkai.model.Section;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes short plausible narrative for the six sections. The only counts of applications and of
 * review/litigation it states are those in {@link Facts}; everything else it states (posts,
 * trainings) are not counts of the tables.
 */
public final class ProseWriter {

    /**
     * What the prose states about the tables.
     *
     * @param received the stated number of applications (new, or new + carried over), or null to state none
     * @param naturalPersons the stated number from natural persons, or null
     * @param review the stated number of administrative reviews, or null
     * @param litigation the stated number of lawsuits (direct + after review), or null
     */
    public record Facts(Long received, Long naturalPersons, Long review, Long litigation) {}

    private static final String[] WORK = {
        "坚持以公开为常态、不公开为例外的原则", "围绕中心工作持续加强重点领域信息公开", "认真落实政务公开工作要点",
        "不断规范政府信息公开工作流程", "持续深化决策、执行、管理、服务、结果公开"};
    private static final String[] PROBLEMS = {
        "信息公开的时效性有待进一步提高", "政策解读的形式还不够丰富", "基层政务公开队伍不够稳定",
        "公开内容与群众需求结合还不够紧密", "部分栏目更新不够及时"};
    private static final String[] PLANS = {
        "加强业务培训，提高工作人员公开意识和能力", "严格落实信息发布三审三校制度", "丰富政策解读方式，提升解读质量",
        "推进线上线下同步公开", "健全考核机制，压实工作责任"};

    private ProseWriter() {}

    /** The six sections' text. Table sections get an empty text or a short sentence with no numbers. */
    public static Map<Section, String> write(Prng rng, Edition edition, Integer year, String organ, Facts facts) {
        Map<Section, String> out = new EnumMap<>(Section.class);
        String self = Names.self(organ == null ? "" : organ);
        String y = year == null ? "本年" : year + "年";
        StringBuilder o = new StringBuilder();
        o.append(y).append("，").append(self).append(two(rng, WORK, "，"))
                .append("，政府信息公开工作取得新成效。\n");
        o.append(rng.pick("（一）主动公开", "(一)主动公开", "（一）主动公开政府信息情况")).append('\n');
        o.append("全年通过门户网站主动公开政府信息").append(rng.between(20, 20000)).append("条，发布政策解读")
                .append(rng.between(1, 300)).append("篇。\n");
        o.append(rng.pick("（二）依申请公开", "(二)依申请公开", "（二）依申请公开情况")).append('\n');
        o.append(applications(rng, facts)).append('\n');
        o.append(rng.pick("（三）政府信息管理", "(三)政府信息管理")).append('\n');
        o.append("严格落实信息发布保密审查机制，确保发布信息准确、安全。");
        String review = review(facts);
        if (review != null) {
            o.append(review);
        }
        out.put(Section.OVERVIEW, o.toString());
        out.put(Section.ACTIVE_DISCLOSURE, rng.chance(0.7) ? "" : "本年度主动公开政府信息情况如下表。");
        out.put(Section.APPLICATIONS, rng.chance(0.7) ? "" : "本年度收到和处理政府信息公开申请情况如下表。");
        out.put(Section.REVIEW_LITIGATION, rng.chance(0.8) ? "" : "行政复议、行政诉讼情况如下表。");
        out.put(Section.PROBLEMS, problems(rng, self));
        out.put(Section.OTHER_MATTERS, other(rng, edition, y));
        return out;
    }

    /** Two different phrases joined. */
    private static String two(Prng rng, String[] phrases, String joint) {
        int i = rng.nextInt(phrases.length);
        int j = (i + 1 + rng.nextInt(phrases.length - 1)) % phrases.length;
        return phrases[i] + joint + phrases[j];
    }

    private static String applications(Prng rng, Facts f) {
        if (f.received() == null) {
            return "依法依规办理政府信息公开申请，按时答复。";
        }
        StringBuilder b = new StringBuilder();
        b.append(rng.pick("全年共收到政府信息公开申请", "本年度共受理政府信息公开申请", "收到政府信息公开申请"))
                .append(f.received()).append("件");
        if (f.naturalPersons() != null) {
            b.append("，其中自然人申请").append(f.naturalPersons()).append("件");
        }
        b.append(f.received() == 0 ? "。" : "，均在法定期限内答复。");
        return b.toString();
    }

    private static String review(Facts f) {
        if (f.review() == null || f.litigation() == null) {
            return null;
        }
        if (f.review() == 0 && f.litigation() == 0) {
            return "全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。";
        }
        return "全年因政府信息公开工作被申请行政复议" + f.review() + "件，提起行政诉讼" + f.litigation() + "件。";
    }

    /** Another text for one narrative section of a report (used to keep consecutive years apart). */
    static String rewrite(Prng rng, Section s, dev.gongkai.model.Report r, int attempt) {
        String self = Names.self(r.organ() == null ? "" : r.organ());
        switch (s) {
            case PROBLEMS:
                return problems(rng, self);
            case OTHER_MATTERS:
                return OTHER_SHORT[attempt % OTHER_SHORT.length];
            default:
                String y = r.year() == null ? "本年" : r.year() + "年";
                String old = r.section(s);
                int cut = old.indexOf('\n');
                return y + "，" + self + two(rng, WORK, "，") + "，政务公开工作水平进一步提升。" + (cut < 0 ? "" : old.substring(cut));
        }
    }

    private static final String[] OTHER_SHORT = {
        "本年度未收取信息处理费。", "无", "本年度无其他需要报告的事项。", "其他无需要报告的事项。"};

    /**
     * Jaccard similarity of the 5-character shingles of two texts, whitespace dropped and every digit
     * the same character (how near a copy one is of the other).
     */
    static double similar(String a, String b) {
        java.util.Set<String> x = shingles(a);
        java.util.Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.strip().equals(b.strip()) && a.strip().length() >= 50 ? 1 : 0;
        }
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        java.util.Set<String> any = new java.util.HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }

    private static java.util.Set<String> shingles(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                b.append('#');
            } else if (!Character.isWhitespace(cp) && cp != '\u3000') {
                b.appendCodePoint(cp);
            }
        });
        java.util.Set<String> out = new java.util.HashSet<>();
        if (b.length() < 50) {
            return out;
        }
        for (int i = 0; i + 5 <= b.length(); i++) {
            out.add(b.substring(i, i + 5));
        }
        return out;
    }

    private static String problems(Prng rng, String self) {
        return self + "政府信息公开工作虽取得一定成效，但仍存在一些不足：一是" + two(rng, PROBLEMS, "；二是")
                + "。\n下一步，" + self + "将" + two(rng, PLANS, "，") + "。";
    }

    private static String other(Prng rng, Edition edition, String y) {
        if (edition == Edition.E2021 && rng.chance(0.7)) {
            return "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的"
                    + "按件、按量收费标准，" + y + "没有产生信息公开处理费。";
        }
        return rng.pick("无", "无其他需要报告的事项。", "本年度无其他需要报告的事项。");
    }
}
