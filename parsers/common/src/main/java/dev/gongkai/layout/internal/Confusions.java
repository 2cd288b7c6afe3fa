package dev.gongkai.layout.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The readings an OCR engine confuses with a recognised run of digits: one digit taken for a look-alike
 * (1/7, 0/8/6/9, 3/8, 5/6 …), one digit dropped, one doubled or inserted. Not API.
 */
final class Confusions {

    private static final Map<Character, String> LOOK_ALIKE = Map.of('0', "869", '1', "74", '2', "7", '3', "85",
            '4', "19", '5', "63", '6', "085", '7', "12", '8', "0693", '9', "084");

    private Confusions() {}

    /** The other readings of {@code digits} (empty when it is not a run of digits). */
    static Set<String> of(String digits) {
        Set<String> out = new LinkedHashSet<>();
        if (digits == null || !digits.matches("\\d{1,9}")) {
            return out;
        }
        for (int i = 0; i < digits.length(); i++) {
            for (char c : LOOK_ALIKE.get(digits.charAt(i)).toCharArray()) {
                add(out, digits.substring(0, i) + c + digits.substring(i + 1));
            }
            if (digits.length() > 1) {
                add(out, digits.substring(0, i) + digits.substring(i + 1));
            }
        }
        for (int i = 0; i <= digits.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                add(out, digits.substring(0, i) + c + digits.substring(i));
            }
        }
        out.remove(digits);
        return out;
    }

    private static void add(Set<String> out, String s) {
        if (s.length() == 1 || s.charAt(0) != '0') {
            out.add(s);
        }
    }
}
