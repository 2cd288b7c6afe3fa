package dev.gongkai.json;

import dev.gongkai.CorruptDocumentException;

/**
 * A JSON document that is not valid {@code gongkai.report/1}. {@link #path()} is the JSON pointer of the
 * offending value, e.g. {@code /applications/granted/total}.
 *
 * @since 0.1
 */
public class ReportFormatException extends CorruptDocumentException {
    private static final long serialVersionUID = 1L;
    private final String path;

    public ReportFormatException(String path, String message) {
        this(path, message, null);
    }

    public ReportFormatException(String path, String message, Throwable cause) {
        super((path.isEmpty() ? "/" : path) + ": " + message, cause);
        this.path = path;
    }

    /** The JSON pointer of the offending value ({@code ""} for the document). */
    public String path() {
        return path;
    }
}
