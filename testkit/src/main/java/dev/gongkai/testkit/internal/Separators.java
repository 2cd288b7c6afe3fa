package dev.gongkai.testkit.internal;

import java.util.List;

/**
 * What stands between the pieces of a crawler dump's one line: always a space, never anything, or —
 * mixed — a space or nothing drawn for each boundary, a blank cell leaving no trace.
 */
abstract class Separators {

    static final Separators SPACED = new Fixed(" ");
    static final Separators GLUED = new Fixed("");

    /** True when every cell boundary is a space (each written cell its own token). */
    abstract boolean spaced();

    /** The next separator between two pieces of text (labels, headings, prose). */
    abstract String next();

    /** The separator between a row's labels and its first value. */
    String beforeValues() {
        return next();
    }

    /** Pieces joined with a separator drawn for each boundary. */
    String join(List<String> pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            b.append(i > 0 ? next() : "").append(pieces.get(i));
        }
        return b.toString();
    }

    /** A row's values joined. */
    String joinValues(List<String> values) {
        return join(values);
    }

    /**
     * Mixed spacing: each document draws how often a boundary is a space (between a fifth and four
     * fifths of them) and how often a row label runs into its first number; blank cells (written
     * empty) vanish, as they do when a page's cells are run together.
     */
    static Separators mixed(Prng rng) {
        return new Mixed(rng, 0.2 + 0.6 * rng.nextDouble(), rng.nextDouble());
    }

    private static final class Fixed extends Separators {
        private final String sep;

        Fixed(String sep) {
            this.sep = sep;
        }

        @Override
        boolean spaced() {
            return !sep.isEmpty();
        }

        @Override
        String next() {
            return sep;
        }
    }

    private static final class Mixed extends Separators {
        private final Prng rng;
        private final double space;
        private final double glueLabel;

        Mixed(Prng rng, double space, double glueLabel) {
            this.rng = rng;
            this.space = space;
            this.glueLabel = glueLabel;
        }

        @Override
        boolean spaced() {
            return false;
        }

        @Override
        String next() {
            return rng.chance(space) ? " " : "";
        }

        @Override
        String beforeValues() {
            return rng.chance(glueLabel) ? "" : " ";
        }

        @Override
        String joinValues(List<String> values) {
            return join(values.stream().filter(v -> !v.isBlank()).toList());
        }
    }
}
