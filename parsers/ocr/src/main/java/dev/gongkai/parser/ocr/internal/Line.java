package dev.gongkai.parser.ocr.internal;

/**
 * A ruling line found in a page image: horizontal at {@code position} (y) from {@code from} to
 * {@code to} (x), or vertical at x from y to y; {@code thickness} in pixels. Not API.
 */
record Line(boolean horizontal, int position, int from, int to, int thickness) {

    /** True when the line passes {@code along} (within {@code tolerance}) at about {@code at}. */
    boolean covers(int at, int along, int tolerance) {
        return Math.abs(position - at) <= tolerance + thickness / 2 && along >= from - tolerance
                && along <= to + tolerance;
    }

    int length() {
        return to - from;
    }
}
