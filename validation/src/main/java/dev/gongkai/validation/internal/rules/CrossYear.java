package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Report;

/** Whether two reports are of consecutive years. */
final class CrossYear {
    private CrossYear() {}

    /** True when {@code last} is the year before {@code r}, or when either year is unknown. */
    static boolean consecutive(Report last, Report r) {
        return last.year() == null || r.year() == null || last.year() == r.year() - 1;
    }
}
