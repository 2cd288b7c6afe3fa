package dev.gongkai.testkit.render.page;

/**
 * A fixed-layout document being drawn on A4 pages (points, origin top left, y down): what
 * {@link PageFlow} needs from a PDF or OFD writer.
 *
 * @since 0.1
 */
public interface PageCanvas {

    /** A4 width in points. */
    float WIDTH = 595.27563f;
    /** A4 height in points. */
    float HEIGHT = 841.8898f;

    /** The number of pages begun. */
    int pages();

    /** Begins a new page. */
    void newPage();

    /** The advance width of a text in the canvas's font. */
    float width(String text, float size);

    /** Shows text with its baseline at {@code baseline}. */
    void text(float x, float baseline, float size, String text);

    /** Strokes a line. */
    void line(float x1, float y1, float x2, float y2);

    /** Fills a rectangle (a rule drawn as a thin filled box, as some word processors do). */
    void fill(float x, float y, float w, float h);

    /** Strokes a rectangle given by its top-left corner. */
    void rectangle(float x, float y, float w, float h);
}
