package dev.gongkai.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organs of a batch: each organ name's {@link OrganKey}, with a name written without its parent
 * joined to the one written with it when the batch leaves no doubt which that is.
 *
 * <p>The rule: a key {@code S} (洪泽区) is the same organ as a longer key {@code L} (淮安市洪泽区) when
 * <ul>
 *   <li>{@code L} ends with {@code S}, and what comes before it in {@code L} (the parent, 淮安市) ends at an
 *       administrative boundary: with 省, 市, 区 (自治区, 地区), 县, 州 (自治州), 盟, 旗, 镇, 乡 or 街道;
 *   <li>and that is unambiguous within the batch: among all the keys of the batch that so end with
 *       {@code S}, exactly one is not itself the shorter form of another (江苏省淮安市洪泽区 takes in
 *       淮安市洪泽区 and 洪泽区 alike).
 * </ul>
 * {@code S} is then written as that longest key. Two 城关镇 under two counties (甲县城关镇, 乙县城关镇) stay
 * two organs, and a bare 城关镇 in the same batch joins neither. Names that differ otherwise than by a parent
 * stay distinct: 樟树市人民政府办公室 is not 樟树市教育局, nor 樟树市 (a parent is a prefix, never a
 * suffix). The match is on whole keys, so 人民政府/政府, spaces and full-width forms are already one.
 *
 * <p>Holds one entry per distinct name; immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Organs {

    /** How a parent's name ends (the last letter or two of 省, 市, 自治区, 县, 自治州, 盟, 旗, 镇, 乡, 街道). */
    private static final List<String> BOUNDARIES = List.of("省", "市", "区", "县", "州", "盟", "旗", "镇", "乡", "街道");

    private final Map<String, String> keys;
    private final int count;

    private Organs(Map<String, String> keys) {
        this.keys = keys;
        this.count = new HashSet<>(keys.values()).size();
    }

    /** The organs of a batch, from the organ names its reports write (nulls and implausible names allowed). */
    public static Organs of(Collection<String> names) {
        Set<String> own = new HashSet<>();
        Map<String, String> byName = new HashMap<>();
        for (String n : names) {
            String k = OrganKey.of(n);
            if (k != null) {
                own.add(k);
                byName.put(n, k);
            }
        }
        Map<String, List<String>> longer = new HashMap<>();
        for (String l : own) {
            for (int cut : boundaries(l)) {
                String s = l.substring(cut);
                if (own.contains(s)) {
                    longer.computeIfAbsent(s, x -> new ArrayList<>()).add(l);
                }
            }
        }
        Map<String, String> resolved = new HashMap<>();
        for (String k : own) {
            List<String> ls = longer.get(k);
            String to = k;
            if (ls != null) {
                List<String> top = new ArrayList<>();
                for (String l : ls) {
                    if (!longer.containsKey(l)) {
                        top.add(l);
                    }
                }
                if (top.size() == 1) {
                    to = top.get(0);
                }
            }
            resolved.put(k, to);
        }
        Map<String, String> out = new HashMap<>();
        byName.forEach((n, k) -> out.put(n, resolved.get(k)));
        return new Organs(out);
    }

    /**
     * Where a key may be cut into parent and organ: after each boundary ending that leaves at least two
     * letters on either side.
     */
    private static List<Integer> boundaries(String key) {
        List<Integer> cuts = new ArrayList<>();
        for (String b : BOUNDARIES) {
            for (int i = key.indexOf(b); i >= 0; i = key.indexOf(b, i + 1)) {
                int cut = i + b.length();
                if (cut >= 2 && key.length() - cut >= 2) {
                    cuts.add(cut);
                }
            }
        }
        return cuts;
    }

    /**
     * The key of an organ name in this batch, or {@code null} when the name is null, not a plausible
     * organ name, or was not among the names the batch was made of.
     */
    public String key(String name) {
        return name == null ? null : keys.get(name);
    }

    /** How many distinct organs the batch names. */
    public int count() {
        return count;
    }
}
