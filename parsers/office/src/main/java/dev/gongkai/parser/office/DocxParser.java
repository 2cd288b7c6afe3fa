package dev.gongkai.parser.office;

import dev.gongkai.parser.office.internal.OfficeFormat;

/**
 * The reader of Word 2007+ (.docx, .docm; OOXML) documents, registered as parser {@code "docx"}. Like every
 * {@link OfficeParser} it reads the other office formats as well when the bytes say so.
 *
 * @since 0.1
 */
public final class DocxParser extends OfficeParser {

    /** For {@link java.util.ServiceLoader}. */
    public DocxParser() {
        super(OfficeFormat.DOCX);
    }
}
