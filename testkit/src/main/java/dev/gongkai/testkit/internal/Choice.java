package dev.gongkai.testkit.internal;

import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Variation;
import java.util.EnumSet;
import java.util.Set;

/** Which variations a rendering applies: forced ones, plus (seeded options) a random third of the rest. */
public final class Choice {

    private Choice() {}

    public static Set<Variation> choose(RenderOptions o, Set<Variation> supported, Prng rng) {
        Set<Variation> out = EnumSet.noneOf(Variation.class);
        for (Variation v : Variation.values()) {
            // draw for every variation so the choice of one does not depend on what the shape supports
            boolean drawn = rng.chance(1.0 / 3);
            if (!supported.contains(v) || o.without().contains(v)) {
                continue;
            }
            if (o.with().contains(v) || (o.random() && drawn)) {
                out.add(v);
            }
        }
        if (out.contains(Variation.TITLE_IN_PREAMBLE)) {
            out.remove(Variation.NO_PREAMBLE);
            out.remove(Variation.TITLE_TWO_LINES);
        }
        return out;
    }
}
