package dev.gongkai;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * A document that cannot be read as a report at all. The {@link Reason} says why; validation turns it
 * into a {@code document.unreadable} finding. Subclasses name the common kinds.
 *
 * @since 0.1
 */
public class UnreadableDocumentException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Why a document is unreadable: a small set of kinds, each with a sentence for people in Chinese and
     * English that says what is wrong and what to do ({@link #explain(Locale)}). A reader picks the kind; the
     * exception's message adds what the reader saw, in plain words (never a library's message or a class
     * name: those stay in the {@linkplain #getCause() cause}). A new reader whose failure fits none of these
     * adds a kind here with both sentences.
     */
    public enum Reason {
        UNSUPPORTED_FORMAT("wrong format",
                "The file is in a format that cannot be read (for example a WPS or Word 95 file, or not a document at"
                        + " all). Open it in its program, save it as .docx, .xlsx, .pdf or .html, and check it again.",
                "文件格式无法读取（例如 WPS 或 Word 95 格式，或根本不是文档）。请用原程序打开，另存为 .docx、.xlsx、.pdf 或"
                        + " .html 后重新检查。"),
        ENCRYPTED("encrypted",
                "The file is protected by a password. Ask whoever published it for a copy that opens without one.",
                "文件设有密码保护。请向发布单位索取无需密码即可打开的文件。"),
        CORRUPT("truncated or corrupt",
                "The file is damaged or incomplete (perhaps cut off while downloading). Download it again, or open it"
                        + " in its program and save it again.",
                "文件已损坏或不完整（可能下载中断）。请重新下载，或用原程序打开后重新保存。"),
        NO_TEMPLATE("no report template found",
                "The file opens, but none of the annual report's sections or tables were found in it. Check that it is"
                        + " the government information disclosure annual report itself.",
                "文件可以打开，但其中没有找到年度报告的任何部分或表格。请确认这是政府信息公开工作年度报告本身。"),
        NO_TEXT_LAYER("no text layer",
                "The pages are images with no text (a scan). Install the OCR engine (tesseract with Chinese) to read"
                        + " them, or ask for a PDF saved from the original document.",
                "页面是没有文字的图像（扫描件）。请安装 OCR 文字识别引擎（tesseract 及中文语言包）后再读取，或索取由原文档直接导出的"
                        + " PDF。"),
        TOO_LARGE("too large",
                "The file is too large, or grows too large when opened, to be read safely. Check that it is the report"
                        + " itself; save it again without embedded pictures or attachments.",
                "文件过大，或打开后展开的内容超出安全读取的上限。请确认这是报告本身，去掉嵌入的图片或附件后重新保存。");

        private final String text;
        private final String english;
        private final String chinese;

        Reason(String text, String english, String chinese) {
            this.text = text;
            this.english = english;
            this.chinese = chinese;
        }

        /** A short English phrase, e.g. {@code "no text layer"}. */
        public String text() {
            return text;
        }

        /**
         * What is wrong and what to do, for a person: in Chinese for a Chinese locale, else in English.
         *
         * @since 0.1
         */
        public String explain(Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
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

    /**
     * What is wrong and what to do, for a person ({@link Reason#explain(Locale)}); the message says what the
     * reader saw, the cause holds the technical detail.
     */
    public String explain(Locale locale) {
        return reason.explain(locale);
    }
}
