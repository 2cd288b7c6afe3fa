package dev.gongkai.spi;

import dev.gongkai.model.SourceSpan;
import java.util.Objects;

/**
 * A recoverable oddity met while parsing: the parser went on, but something was not as the template
 * has it (a row with fewer cells than columns, a digit run that splits more than one way, a page
 * without text). Problems are data, not exceptions.
 *
 * @param code a kebab-case kind, e.g. {@code "row-short"}, {@code "ambiguous-split"}
 * @param message an English description naming the cells concerned
 * @param span where, or {@code null}
 * @since 0.1
 */
public record Problem(String code, String message, SourceSpan span) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (span == null ? "" : " at " + span) + ": " + message;
    }
}
