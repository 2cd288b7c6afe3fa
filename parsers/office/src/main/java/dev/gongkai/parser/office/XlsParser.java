package dev.gongkai.parser.office;

import dev.gongkai.parser.office.internal.OfficeFormat;

/**
 * The reader of Excel 97–2003 (.xls; OLE2, read with HSSF) documents, registered as parser {@code "xls"}. Like every
 * {@link OfficeParser} it reads the other office formats as well when the bytes say so.
 *
 * @since 0.1
 */
public final class XlsParser extends OfficeParser {

    /** For {@link java.util.ServiceLoader}. */
    public XlsParser() {
        super(OfficeFormat.XLS);
    }
}
