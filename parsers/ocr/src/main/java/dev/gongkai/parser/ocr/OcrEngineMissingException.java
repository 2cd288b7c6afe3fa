package dev.gongkai.parser.ocr;

import dev.gongkai.UnreadableDocumentException;

/**
 * The OCR engine (the {@code tesseract} command with its simplified-Chinese model) is not installed as
 * configured, so a scanned page cannot be read. The message says how to install it. Reason
 * {@link Reason#NO_TEXT_LAYER}: the document holds its text only as images.
 *
 * @since 0.2
 */
public final class OcrEngineMissingException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    /** How to install the engine, as the message ends. */
    public static final String HOW_TO_INSTALL = "install it (Debian/Ubuntu: apt-get install tesseract-ocr "
            + "tesseract-ocr-chi-sim) or name the binary with -D" + Tesseract.PROPERTY + "=PATH or the "
            + "environment variable " + Tesseract.ENVIRONMENT;

    public OcrEngineMissingException(String what, Throwable cause) {
        super(Reason.NO_TEXT_LAYER, what + "; the document's text is in images and the OCR engine is needed: "
                + HOW_TO_INSTALL, cause);
    }
}
