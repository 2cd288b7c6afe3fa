package dev.gongkai.validation;

import dev.gongkai.model.OrganNames;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key of one organ's name, under which its reports meet in a batch ({@link Organs} then joins the
 * names written with and without their parent). Reports name their organ inconsistently: the title
 * says 樟树市, the signature 樟树市人民政府; one year writes 樟树市 人民政府, （樟树市）人民政府 or
 * ＡＢＣ开发区管委会. The key is the name after
 * <ol>
 *   <li>NFKC normalisation (full-width letters, digits and punctuation become ASCII) and lower-casing;
 *   <li>removing everything that is not a letter or digit (white space, punctuation, brackets, ·);
 *   <li>writing 人民政府 as 政府 anywhere (樟树市人民政府办公室 = 樟树市政府办公室);
 *   <li>dropping one trailing 政府 (樟树市人民政府 = 樟树市政府 = 樟树市).
 * </ol>
 * Departments stay distinct: 樟树市人民政府办公室 is not 樟树市, and 樟树市教育局 is not 樟树市.
 *
 * <p>Only a plausible organ name has a key; anything else has none, so it is never paired with
 * another report. A name is plausible when
 * <ul>
 *   <li>it is a plausible organ name by {@link OrganNames} (the one list of how organ names end and what
 *       they never are, shared with the readers): …政府, …办公室/…办公厅, …局, …委员会/…委, …厅, …区, …县, …市,
 *       …中心, …街道, …镇, …乡, …院 and the like, with something before the ending;
 *   <li>it is not a sentence or a path: no sentence punctuation (，。；：！？、), no breadcrumb marks
 *       ({@code > | /}), not a title (no {@code 2023年}, 年度报告, 信息公开), at most {@value #MAX_LENGTH}
 *       letters;
 *   <li>it names someone: not 政府… with no place before it (人民政府办公室), and not a self-reference
 *       (我局, 本机关, 我县, 该委).
 * </ul>
 * So 正文, 附件, 首页 > 政务公开 and a sentence of the preamble have no key.
 *
 * @since 0.2
 */
public final class OrganKey {

    /** The longest key, in letters: longer text is a sentence, not a name. */
    public static final int MAX_LENGTH = 40;

    /** Characters of sentences and breadcrumbs (after NFKC). */
    private static final Pattern NOT_A_NAME = Pattern.compile("[,.;:!?、。>|/\\\\]|\\d{4}年|年度报告|信息公开");

    /** First characters of self-references (我局, 本机关, 该委 …). */
    private static final String SELF = "我本该各全此贵";

    /** What follows a self-reference's first character. */
    private static final Set<String> GENERIC = Set.of("机关", "单位", "部门", "政府", "局", "委", "院", "厅", "办", "室",
            "部", "处", "省", "市", "区", "县", "镇", "乡", "街道", "中心", "委员会", "办公室", "办公厅", "办事处");

    private OrganKey() {}

    /** The key of an organ name, or {@code null} when it is null or not a plausible organ name. */
    public static String of(String organ) {
        if (organ == null) {
            return null;
        }
        String n = Normalizer.normalize(organ, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (NOT_A_NAME.matcher(n).find()) {
            return null;
        }
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        String k = b.toString().replace("人民政府", "政府");
        if (k.isEmpty() || k.codePointCount(0, k.length()) > MAX_LENGTH || k.startsWith("政府") || !OrganNames.plausible(k)) {
            return null;
        }
        if (k.endsWith("政府")) {
            k = k.substring(0, k.length() - 2);
        }
        return k.codePointCount(0, k.length()) < 2 || self(k) ? null : k;
    }

    /** True when a name is a plausible organ name (it has a key). */
    public static boolean plausible(String organ) {
        return of(organ) != null;
    }

    private static boolean self(String k) {
        return SELF.indexOf(k.charAt(0)) >= 0 && GENERIC.contains(k.substring(1));
    }
}
