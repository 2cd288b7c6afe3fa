package dev.gongkai.layout;

import java.util.Set;

/**
 * The reader problems of text recognised from an image (OCR), as a recogniser marks its slots with
 * {@link GridCell#uncertain(String)}. The {@link TemplateInterpreter} checks every recognised value of
 * tables 三 and 四 against the template's sums: a value whose sums hold is made certain; when a sum
 * breaks and exactly one confusable reading of one recognised cell (1/7, 0/8/6/9, 3/8, 5/6, a dropped
 * or doubled digit) makes every sum that cell takes part in hold, that reading is taken and reported as
 * {@link #CORRECTED}; otherwise the cells stay uncertain and the broken sum is reported as
 * {@link #SUMS_BROKEN}. Design: {@code docs/adr/0010-ocr-digits-by-arithmetic.md}.
 *
 * @since 0.2
 */
public final class Recognition {

    /** A value recognised from an image that no check has confirmed yet (a cell code). */
    public static final String UNCHECKED = "ocr-unchecked";
    /** A value the engine recognised with low confidence, or two recognitions disagree on (a cell code). */
    public static final String LOW_CONFIDENCE = "ocr-low-confidence";
    /** A cell holds ink the engine recognised nothing in (a cell code: the cell is missing). */
    public static final String UNREADABLE = "ocr-unreadable";
    /** A recognised value was replaced by the one confusable reading whose sums hold (a problem code). */
    public static final String CORRECTED = "ocr-corrected";
    /** A sum over recognised values does not hold and no single confusable reading mends it (a problem code). */
    public static final String SUMS_BROKEN = "ocr-sums-broken";

    /** The cell codes whose values the arithmetic may correct. */
    public static final Set<String> CHECKED = Set.of(UNCHECKED, LOW_CONFIDENCE);

    private Recognition() {}
}
