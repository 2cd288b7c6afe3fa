package dev.gongkai.testkit.internal;

import dev.gongkai.model.Section;
import java.util.ArrayList;
import java.util.List;

/** A document ready to be written in some shape: lines of text and tables, in reading order. */
public final class Doc {

    /** One block: a line of text (title, heading, prose, signature) or a table. */
    public sealed interface Block permits Line, Table {}

    /**
     * A line.
     *
     * @param kind what the line is
     */
    public record Line(String text, Kind kind) implements Block {}

    /** A table of a section. */
    public record Table(Section section, Grid grid) implements Block {}

    /** The role of a line ({@code CARRIER}: a crawler's header line or a date line, not the report's text). */
    public enum Kind { TITLE, PREAMBLE, HEADING, PROSE, SIGNATURE, CARRIER }

    private final List<Block> blocks = new ArrayList<>();

    public List<Block> blocks() {
        return blocks;
    }

    public void line(String text, Kind kind) {
        blocks.add(new Line(text, kind));
    }

    public void table(Section s, Grid g) {
        blocks.add(new Table(s, g));
    }
}
