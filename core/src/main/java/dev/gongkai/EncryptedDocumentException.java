package dev.gongkai;

/**
 * The document is encrypted and cannot be opened without a password.
 *
 * @since 0.1
 */
public class EncryptedDocumentException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    public EncryptedDocumentException(String message) {
        super(Reason.ENCRYPTED, message);
    }

    public EncryptedDocumentException(String message, Throwable cause) {
        super(Reason.ENCRYPTED, message, cause);
    }
}
