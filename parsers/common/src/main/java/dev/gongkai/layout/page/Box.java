package dev.gongkai.layout.page;

import dev.gongkai.model.SourceSpan;
import java.util.Locale;

/**
 * A rectangle on a page (origin top left), in points.
 *
 * @since 0.2
 */
public record Box(float left, float top, float right, float bottom) {

    float width() {
        return right - left;
    }

    float height() {
        return bottom - top;
    }

    boolean contains(float x, float y, float tolerance) {
        return x >= left - tolerance && x <= right + tolerance && y >= top - tolerance && y <= bottom + tolerance;
    }

    /** Whether this box and {@code o} share part of a column (their horizontal spans overlap, give or take {@code edge}). */
    boolean sharesColumn(Box o, float edge) {
        return left < o.right + edge && o.left < right + edge;
    }

    Box union(Box o) {
        return new Box(Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right), Math.max(bottom, o.bottom));
    }

    /** The span of this box on a page (1-based), as {@code x=… y=… w=… h=…}. */
    SourceSpan span(int page) {
        return SourceSpan.page(page, String.format(Locale.ROOT, "x=%.1f y=%.1f w=%.1f h=%.1f",
                left, top, width(), height()));
    }
}
