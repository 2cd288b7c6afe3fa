package dev.gongkai.parser.office;

import dev.gongkai.parser.office.internal.OfficeFormat;

/**
 * The reader of Excel 2007+ (.xlsx, .xlsm; OOXML) documents, registered as parser {@code "xlsx"}. Like every
 * {@link OfficeParser} it reads the other office formats as well when the bytes say so.
 *
 * @since 0.1
 */
public final class XlsxParser extends OfficeParser {

    /** For {@link java.util.ServiceLoader}. */
    public XlsxParser() {
        super(OfficeFormat.XLSX);
    }
}
