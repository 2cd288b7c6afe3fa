package dev.gongkai.testkit.internal;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import java.math.BigDecimal;
import java.util.List;

/**
 * Blanks cells the way real reports do, only where the value is 0, so that every arithmetic rule still
 * holds when blank is skipped: a whole organisation column of table 三 left empty, a review group
 * left empty, odd cells of table 二 written {@code —}, {@code /} or {@code 无}.
 */
final class Blanks {

    static final List<String> RAW = List.of("", "—", "/", "-", "无");

    private Blanks() {}

    static void apply(Prng rng, Report.Builder b) {
        Report r = b.build();
        int blanked = 0;
        if (rng.chance(0.5)) {
            List<Applicant> orgs = Applicant.parts().subList(1, 6);
            Applicant col = orgs.get(rng.nextInt(orgs.size()));
            boolean allZero = true;
            for (ApplicationRow row : r.applications().rows()) {
                allZero &= isZero(r.applications().value(row, col));
            }
            if (allZero) {
                for (ApplicationRow row : r.applications().rows()) {
                    b.cell(row, col, Cell.blank("", null));
                    blanked++;
                }
            }
        }
        if (rng.chance(0.3)) {
            ReviewGroup g = rng.pick(ReviewGroup.all());
            if (isZero(r.reviewLitigation().value(g, ReviewColumn.TOTAL))) {
                for (ReviewColumn c : ReviewColumn.all()) {
                    b.cell(g, c, Cell.blank("", null));
                    blanked++;
                }
            }
        }
        for (ActiveRow row : r.activeDisclosure().rows()) {
            for (ActiveColumn c : r.activeDisclosure().columns(row)) {
                if (isZero(r.activeDisclosure().value(row, c)) && rng.chance(0.25)) {
                    b.cell(row, c, Cell.blank(rng.pick(RAW), null));
                    blanked++;
                }
            }
        }
        if (blanked == 0) {
            blankFirstZero(rng, r, b);
        }
    }

    /** Makes sure a report asked to have blanks has at least one. */
    private static void blankFirstZero(Prng rng, Report r, Report.Builder b) {
        for (ActiveRow row : r.activeDisclosure().rows()) {
            for (ActiveColumn c : r.activeDisclosure().columns(row)) {
                if (isZero(r.activeDisclosure().value(row, c))) {
                    b.cell(row, c, Cell.blank(rng.pick(RAW), null));
                    return;
                }
            }
        }
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                if (isZero(r.reviewLitigation().value(g, c))) {
                    b.cell(g, c, Cell.blank("", null));
                    return;
                }
            }
        }
    }

    private static boolean isZero(BigDecimal v) {
        return v != null && v.signum() == 0;
    }
}
