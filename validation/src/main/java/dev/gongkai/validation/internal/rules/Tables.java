package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.TableId;

/** Whether a report has its tables. */
final class Tables {
    private Tables() {}

    static StatTable<?, ?> table(Report r, TableId id) {
        return switch (id) {
            case ACTIVE_DISCLOSURE -> r.activeDisclosure();
            case APPLICATIONS -> r.applications();
            case REVIEW_LITIGATION -> r.reviewLitigation();
        };
    }

    /**
     * True when the document lacks the table: never when the document holds it but the reader could not
     * map it (that is {@code reading.uncertain}); else per the reader's record of the layout when known, else
     * when no cell of it holds a value or was found (a report from JSON with the whole table null).
     */
    static boolean missingEntirely(Report r, TableId id) {
        if (r.structure().tablesUnmapped().containsKey(id)) {
            return false; // held by the document, not mapped: reading.uncertain says so
        }
        if (r.structure().known()) {
            return !r.structure().tablesFound().contains(id);
        }
        StatTable<?, ?> t = table(r, id);
        return t.isAbsent();
    }
}
