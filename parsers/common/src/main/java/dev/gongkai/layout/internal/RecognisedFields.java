package dev.gongkai.layout.internal;

import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.YearMention;
import java.util.HashSet;
import java.util.Set;

/**
 * The year and organ of a report whose text was recognised by OCR, kept only where a second place of the
 * document confirms them (ADR "recognised year and organ"): the year when two different places state it
 * (title, statistical period, body), the organ when the title's organ and the report's organ (the
 * signature's, when there is one) name the same organ, one within the other, or the title names none.
 */
public final class RecognisedFields {

    /** The problem of a recognised year no second place confirms. */
    public static final String YEAR_UNCONFIRMED = "ocr-year-unconfirmed";

    /** The problem of a recognised organ the title contradicts. */
    public static final String ORGAN_UNCONFIRMED = "ocr-organ-unconfirmed";

    private RecognisedFields() {}

    /** The report with its year and organ recorded as uncertain where nothing confirms them. */
    public static Report settle(Report r) {
        DocumentStructure s = r.structure();
        if (r.year() != null && !yearConfirmed(r)) {
            s = s.withMetadataUncertain(DocumentStructure.YEAR, YEAR_UNCONFIRMED);
        }
        if (r.organ() != null && !organConfirmed(r)) {
            s = s.withMetadataUncertain(DocumentStructure.ORGAN, ORGAN_UNCONFIRMED);
        }
        return s == r.structure() ? r : r.toBuilder().structure(s).build();
    }

    /** True when two different places of the document state the report's year. */
    static boolean yearConfirmed(Report r) {
        Set<String> where = new HashSet<>();
        for (YearMention m : r.structure().years()) {
            if (m.year() == r.year()) {
                where.add(m.where());
            }
        }
        return where.size() >= 2;
    }

    /** True when the title names no organ, or one that is the report's organ or within it (or it within). */
    static boolean organConfirmed(Report r) {
        String inTitle = Titles.organ(r.title());
        if (inTitle == null) {
            return true;
        }
        String a = Metadata.compact(inTitle), b = Metadata.compact(r.organ());
        return a.contains(b) || b.contains(a);
    }
}
