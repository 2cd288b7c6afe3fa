package dev.gongkai.parser.office.render;

import dev.gongkai.testkit.render.Layout;
import java.util.Random;

/** How a layout's spans are written when nothing is merged: which covered slots repeat the span's text. */
public enum Unmerged {
    /** Every covered slot empty. */
    EMPTY,
    /** Every covered slot repeats the text. */
    REPEAT,
    /** Covered slots of a span in the same row repeat it, those below stay empty. */
    ACROSS,
    /** Covered slots of a span in the rows below repeat it, those to the right stay empty. */
    DOWN,
    /** Each covered slot chosen at random. */
    MIXED;

    /** Whether the covered slot {@code s} repeats its span's text; a number is never repeated. */
    boolean repeat(Layout.Slot s, Random rnd) {
        if (s.cell().number()) {
            return false;
        }
        return switch (this) {
            case EMPTY -> false;
            case REPEAT -> true;
            case ACROSS -> s.down() == 0;
            case DOWN -> s.right() == 0;
            case MIXED -> rnd.nextBoolean();
        };
    }
}
