package dev.gongkai.layout;

import dev.gongkai.model.SourceSpan;
import java.util.Objects;

/**
 * A line or paragraph of text outside tables (a title line, a heading, prose). Line breaks inside one
 * paragraph are kept as {@code \n}.
 *
 * @param text the text, as the document has it (not normalised)
 * @param span where it starts, or {@code null}
 * @since 0.1
 */
public record Paragraph(String text, SourceSpan span) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
