package dev.gongkai.testkit.render;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rendered document: its text, the bytes in the chosen encoding, and which variations were applied
 * (print them when a reader fails on it).
 *
 * @param shape the document shape, e.g. {@code "text/tabs"}, {@code "markdown"}, {@code "html/page"}
 * @param text the document as text
 * @param encoding how {@link #bytes()} encodes the text
 * @param variations the variations applied
 * @param flatRows for the flattened shapes, each table row as written and how many splits of it fit
 *     the arithmetic; empty for the other shapes
 * @since 0.1
 */
public record Rendering(String shape, String text, Encoding encoding, Set<Variation> variations, List<FlatRow> flatRows) {

    public Rendering {
        Objects.requireNonNull(shape);
        Objects.requireNonNull(text);
        Objects.requireNonNull(encoding);
        variations = Set.copyOf(variations);
        flatRows = List.copyOf(flatRows);
    }

    /** The document's bytes: the encoding's BOM (if any) and the encoded text. */
    public byte[] bytes() {
        return encoding.encode(text);
    }

    public Charset charset() {
        return encoding.charset();
    }

    /** The rows of a flattened rendering whose split the row arithmetic does not decide (more than one fits). */
    public List<FlatRow> ambiguousRows() {
        return flatRows.stream().filter(r -> r.candidates() != 1).toList();
    }

    /** A short description for failure messages: shape, encoding, variations. */
    public String describe() {
        return shape + " " + encoding + " " + variations;
    }
}
