package dev.gongkai.layout.page;

/**
 * A horizontal or vertical line drawn on a page (a stroked segment or a thin filled rectangle), in
 * page coordinates (origin top left).
 *
 * @param horizontal true for a horizontal line
 * @param position the y of a horizontal line, the x of a vertical one
 * @param start where it starts along its direction (smaller coordinate)
 * @param end where it ends (larger coordinate)
 */
public record Ruling(boolean horizontal, float position, float start, float end) {

    public Ruling {
        if (end < start) {
            float t = start;
            start = end;
            end = t;
        }
    }

    float length() {
        return end - start;
    }

    /** True when the line passes the given coordinate along its direction, with a tolerance. */
    boolean covers(float along, float tolerance) {
        return along >= start - tolerance && along <= end + tolerance;
    }

    /** True when this line and a line of the other direction touch or cross. */
    boolean touches(Ruling other, float tolerance) {
        return horizontal != other.horizontal
                && covers(other.position, tolerance)
                && other.covers(position, tolerance);
    }
}
