package dev.gongkai;

/**
 * The document reads, but holds no annual-report template: none of its tables and sections were found.
 *
 * @since 0.1
 */
public class NoTemplateException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    public NoTemplateException(String message) {
        super(Reason.NO_TEMPLATE, message);
    }

    public NoTemplateException(String message, Throwable cause) {
        super(Reason.NO_TEMPLATE, message, cause);
    }
}
