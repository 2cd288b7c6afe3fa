package dev.gongkai.parser.office;

import dev.gongkai.parser.office.internal.OfficeFormat;

/**
 * The reader of Word 97–2003 (.doc; OLE2, read with HWPF) documents, registered as parser {@code "doc"}. Like every
 * {@link OfficeParser} it reads the other office formats as well when the bytes say so.
 *
 * @since 0.1
 */
public final class DocParser extends OfficeParser {

    /** For {@link java.util.ServiceLoader}. */
    public DocParser() {
        super(OfficeFormat.DOC);
    }
}
