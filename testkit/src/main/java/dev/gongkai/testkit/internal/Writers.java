package dev.gongkai.testkit.internal;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.render.RenderOptions;
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
        return new Planned(Carriers.apply(DocPlanner.plan(r, v, rng.split()), r, o.carrier()), v);
    }
}
