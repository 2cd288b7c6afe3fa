package dev.gongkai.layout;

import dev.gongkai.layout.internal.RecognisedFields;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;

/**
 * What a reader of recognised text (an OCR engine's reading of page images, or a scan's OCR text layer)
 * does to the report the interpreter gave it, so that what recognition may have missed or misread is said
 * as uncertain rather than held against the report.
 *
 * @since 0.2
 */
public final class RecognisedReports {

    private RecognisedReports() {}

    /**
     * The report with its year and organ recorded as uncertain ({@link DocumentStructure#metadataUncertain()})
     * where no second place of the recognised text confirms them, so that a batch does not pair the report
     * on them:
     * <ul>
     *   <li>{@code ocr-year-unconfirmed}: the year is stated in fewer than two places (title, statistical
     *       period, body);
     *   <li>{@code ocr-organ-unconfirmed}: the organ (the signature's) and the title's organ differ, neither
     *       within the other (a recognised 闭州… under a title of 赣州…).
     * </ul>
     */
    public static Report metadata(Report report) {
        return RecognisedFields.settle(report);
    }

    /**
     * The report with every table that was not found recorded as held but not mapped, with {@code problem}:
     * in recognised pages a table the recognition did not give is not known to be missing.
     */
    public static Report tablesHeld(Report report, String problem) {
        DocumentStructure s = report.structure();
        for (TableId id : TableId.values()) {
            if (!s.tablesFound().contains(id) && !s.tablesUnmapped().containsKey(id)) {
                s = s.withUnmapped(id, problem);
            }
        }
        return s == report.structure() ? report : report.toBuilder().structure(s).build();
    }
}
