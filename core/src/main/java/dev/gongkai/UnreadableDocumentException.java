package dev.gongkai;

import java.io.IOException;
import java.util.Objects;

/**
 * A document that cannot be read as a report at all. The {@link Reason} says why; validation turns it
 * into a {@code document.unreadable} finding. Subclasses name the common kinds.
 *
 * @since 0.1
 */
public class UnreadableDocumentException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a document is unreadable. */
    public enum Reason {
        UNSUPPORTED_FORMAT("wrong format"),
        ENCRYPTED("encrypted"),
        CORRUPT("truncated or corrupt"),
        NO_TEMPLATE("no report template found"),
        NO_TEXT_LAYER("no text layer"),
        TOO_LARGE("too large");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** A short English phrase, e.g. {@code "no text layer"}. */
        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
