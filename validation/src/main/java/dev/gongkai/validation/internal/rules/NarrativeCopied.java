package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A narrative section (一, 五, 六) is a near-copy of last year's: the Jaccard similarity of their sets of
 * character shingles reaches the threshold. Whitespace is ignored and every digit counts as the same
 * character, so a text copied with its years and numbers updated still counts as copied.
 */
@RuleDefinition(id = "narrative.copied", severity = Severity.INFO, since = "0.1",
        summary = "A narrative section is a near-copy of last year's.",
        messages = "narrative.copied",
        parameters = {
            @RuleParameter(name = "threshold", defaultValue = "0.9", max = "1",
                    description = "The similarity (0..1) from which a section counts as copied."),
            @RuleParameter(name = "shingle", defaultValue = "5", min = "1", max = "50",
                    description = "The length of the character shingles compared."),
            @RuleParameter(name = "min-length", defaultValue = "50",
                    description = "Sections shorter than this (characters, without whitespace) are not compared.")
        })
public final class NarrativeCopied implements Rule {

    private static final List<Section> NARRATIVE = List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS);

    @Override
    public void check(RuleContext ctx) {
        Report last = ctx.previousYear().orElse(null);
        if (last == null) {
            return;
        }
        BigDecimal threshold = ctx.parameter("threshold");
        int k = ctx.parameter("shingle").intValue();
        int min = ctx.parameter("min-length").intValue();
        for (Section s : NARRATIVE) {
            String now = normalise(ctx.report().section(s));
            String was = normalise(last.section(s));
            if (now.length() < Math.max(min, k) || was.length() < Math.max(min, k)) {
                continue;
            }
            BigDecimal sim = similarity(shingles(now, k), shingles(was, k));
            if (sim.compareTo(threshold) >= 0) {
                ctx.finding("narrative.copied", Location.section(s)).expected(threshold).actual(sim)
                        .arguments(s.numeral(), s.label(), sim.movePointRight(2).setScale(0, RoundingMode.DOWN),
                                last.year() == null ? "?" : last.year())
                        .add();
            }
        }
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                b.append('#');
            } else if (!Character.isWhitespace(cp) && cp != '\u3000') {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    static Set<String> shingles(String s, int k) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + k <= s.length(); i++) {
            out.add(s.substring(i, i + k));
        }
        return out;
    }

    /** Jaccard similarity, rounded down to two decimals (so 0.899 never reads as 0.90). */
    static BigDecimal similarity(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        int union = a.size() + b.size() - inter.size();
        if (union == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(inter.size()).divide(BigDecimal.valueOf(union), 2, RoundingMode.DOWN);
    }
}
