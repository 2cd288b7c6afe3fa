package dev.gongkai.cli.check;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which reports of one organ in different years meet for the cross-year rules.
 *
 * <p>Reports name their organ inconsistently: the title says 樟树市, the signature 樟树市人民政府; one
 * year writes 樟树市 人民政府 or (樟树市)人民政府. The key is the name after
 * <ol>
 *   <li>NFKC normalisation (full-width letters and digits become ASCII) and lower-casing;
 *   <li>removing everything that is not a letter or digit (white space, punctuation, brackets);
 *   <li>writing 人民政府 as 政府 anywhere (樟树市人民政府办公室 = 樟树市政府办公室);
 *   <li>dropping one trailing 政府 when something is left (樟树市人民政府 = 樟树市政府 = 樟树市).
 * </ol>
 * Departments stay distinct: 樟树市人民政府办公室 is not 樟树市, and 樟树市教育局 is not 樟树市.
 */
public final class OrganKey {
    private OrganKey() {}

    /** The key of an organ name, or {@code null} when the name is null or has no letters. */
    public static String of(String organ) {
        if (organ == null) {
            return null;
        }
        String s = Normalizer.normalize(organ, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        String k = b.toString().replace("人民政府", "政府");
        if (k.endsWith("政府") && k.length() > 2) {
            k = k.substring(0, k.length() - 2);
        }
        return k.isEmpty() ? null : k;
    }
}
