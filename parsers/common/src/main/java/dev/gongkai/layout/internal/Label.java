package dev.gongkai.layout.internal;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;

/**
 * What a table cell's text was recognised as.
 *
 * @param kind the kind of label
 * @param application the row of table 三, for {@link Kind#APPLICATION_ROW}
 * @param active the row of table 二, for {@link Kind#ACTIVE_ROW}
 * @param edition the edition the label belongs to only, or {@code null} when both have it
 */
public record Label(Kind kind, ApplicationRow application, ActiveRow active, Edition edition) {

    /** Kinds of labels. */
    public enum Kind {
        /** A row of table 三. */
        APPLICATION_ROW,
        /** A row of table 二. */
        ACTIVE_ROW,
        /** A header of table 四 (行政复议, 结果维持 …). */
        REVIEW_HEADER,
        /** A column header of table 二 that only one edition has. */
        COLUMN_HEADER
    }

    static Label application(ApplicationRow row) {
        return new Label(Kind.APPLICATION_ROW, row, null, row.isOtherSubRow() ? Edition.E2021 : null);
    }

    static Label active(ActiveRow row) {
        return new Label(Kind.ACTIVE_ROW, null, row, row.inEdition(Edition.E2021) ? null : Edition.E2019);
    }

    static Label review() {
        return new Label(Kind.REVIEW_HEADER, null, null, null);
    }

    static Label column(Edition edition) {
        return new Label(Kind.COLUMN_HEADER, null, null, edition);
    }
}
