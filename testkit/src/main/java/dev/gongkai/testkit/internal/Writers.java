package dev.gongkai.testkit.internal;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.StrayNumber;
import dev.gongkai.testkit.render.Variation;
import java.util.EnumSet;
import java.util.Set;

/** Shared steps of the renderers: choosing variations and planning the document. */
public final class Writers {

    /** The variations that apply to every text-like shape. */
    public static final Set<Variation> COMMON = EnumSet.of(Variation.RESULT_MAINTAINED, Variation.HEJI_FOR_TOTAL,
            Variation.ZHIJI, Variation.COMPLAINT_WORDING, Variation.NORMATIVE_WITHOUT_ADMINISTRATIVE,
            Variation.ASCII_PUNCTUATION, Variation.SPACES_IN_LABELS, Variation.BREAKS_IN_LABELS,
            Variation.FULLWIDTH_DIGITS, Variation.PADDED_ZERO, Variation.MISSING_NUMERAL, Variation.NO_PREAMBLE,
            Variation.TITLE_TWO_LINES, Variation.TITLE_IN_PREAMBLE, Variation.LONG_HEADINGS);

    private Writers() {}

    /** The planned document and the variations it applies. */
    public record Planned(Doc doc, Set<Variation> variations) {}

    public static Planned plan(Report r, RenderOptions o, Set<Variation> supported, String shape) {
        Prng rng = new Prng(o.seed() * 31 + shape.hashCode());
        Set<Variation> s = EnumSet.copyOf(supported);
        if (r.edition() != dev.gongkai.model.Edition.E2021) {
            s.remove(Variation.NORMATIVE_WITHOUT_ADMINISTRATIVE);
        }
        if (r.title() == null) {
            s.remove(Variation.TITLE_IN_PREAMBLE);
            s.remove(Variation.TITLE_TWO_LINES);
        }
        Set<Variation> v = Choice.choose(o, s, rng);
        Doc d = Carriers.apply(DocPlanner.plan(r, v, rng.split()), r, o.carrier());
        if (o.stray() != null) {
            stray(d, o.stray(), v.contains(Variation.FULLWIDTH_DIGITS));
        }
        return new Planned(d, v);
    }

    /** Writes the stray as one more value cell of its row, among the row's values. */
    private static void stray(Doc d, StrayNumber s, boolean fullWidth) {
        String text = fullWidth ? Labels.fullWidth(s.text()) : s.text();
        for (Doc.Block b : d.blocks()) {
            if (!(b instanceof Doc.Table t)) {
                continue;
            }
            for (Grid.GRow row : t.grid().rows()) {
                if (!s.key().equals(row.key())) {
                    continue;
                }
                int seen = 0;
                int at = row.cells().size();
                for (int i = 0; i < row.cells().size(); i++) {
                    if (row.cells().get(i).value()) {
                        if (seen == s.position()) {
                            at = i;
                            break;
                        }
                        seen++;
                    }
                }
                row.cells().add(at, new Grid.GCell(text, 1, 1, false, true));
                return;
            }
        }
    }
}
