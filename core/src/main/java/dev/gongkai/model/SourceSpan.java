package dev.gongkai.model;

/**
 * Where a value was read from. Readers fill what their format has: line and column for text (1-based),
 * an element or cell path for HTML and Word ({@code table[2]/tr[5]/td[3]}), a page (1-based) and a
 * box for PDF. Unknown numbers are 0; an unknown path is {@code null}.
 *
 * @since 0.1
 */
public record SourceSpan(int line, int column, int page, String path) {

    /** A span of nothing known. */
    public static final SourceSpan UNKNOWN = new SourceSpan(0, 0, 0, null);

    public SourceSpan {
        if (line < 0 || column < 0 || page < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    /** A position in a text document. */
    public static SourceSpan text(int line, int column) {
        return new SourceSpan(line, column, 0, null);
    }

    /** A path in a structured document (HTML element path, Word table cell, JSON pointer). */
    public static SourceSpan path(String path) {
        return new SourceSpan(0, 0, 0, path);
    }

    /** A box on a page of a PDF; {@code box} is free text such as {@code "x=72.0 y=144.5 w=60.0 h=18.0"}. */
    public static SourceSpan page(int page, String box) {
        return new SourceSpan(0, 0, page, box);
    }

    /** A short human-readable form, e.g. {@code "line 12:3"}, {@code "page 2 x=…"}, or the path. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (page > 0) {
            b.append("page ").append(page);
        }
        if (line > 0) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("line ").append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        if (path != null) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(path);
        }
        return b.length() == 0 ? "unknown" : b.toString();
    }
}
