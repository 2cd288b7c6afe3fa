package dev.gongkai;

/**
 * The document is in a format no installed parser reads, or a format variant the parser cannot read (e.g. a WPS file).
 *
 * @since 0.1
 */
public class UnsupportedFormatException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(Reason.UNSUPPORTED_FORMAT, message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(Reason.UNSUPPORTED_FORMAT, message, cause);
    }
}
