package dev.gongkai;

/**
 * The document is truncated or corrupt.
 *
 * @since 0.1
 */
public class CorruptDocumentException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String message) {
        super(Reason.CORRUPT, message);
    }

    public CorruptDocumentException(String message, Throwable cause) {
        super(Reason.CORRUPT, message, cause);
    }
}
