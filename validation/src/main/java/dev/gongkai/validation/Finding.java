package dev.gongkai.validation;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.validation.internal.Messages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing a rule found. The text is not stored: {@link #message(Locale)} renders it last, from the
 * message key and arguments, in the language asked for.
 *
 * @param rule the rule id, e.g. {@code applications.balance}
 * @param severity how serious it is (after configuration)
 * @param location where it points, never {@code null} ({@link Location#DOCUMENT} for the whole document)
 * @param expected the value the rule expected, or {@code null}
 * @param actual the value the document has, or {@code null}
 * @param messageKey the key of the message in the rule's bundle
 * @param arguments the message arguments, in order
 * @param span where in the source it points, or {@code null}
 * @since 0.1
 */
public record Finding(
        String rule,
        Severity severity,
        Location location,
        BigDecimal expected,
        BigDecimal actual,
        String messageKey,
        List<Object> arguments,
        SourceSpan span) {

    /** The rule id of the finding for a document that cannot be read at all. */
    public static final String UNREADABLE = "document.unreadable";

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        location = location == null ? Location.DOCUMENT : location;
        arguments = List.copyOf(arguments);
    }

    /**
     * The {@code document.unreadable} ERROR finding for a document that cannot be parsed.
     *
     * @param reason why, in a few words (e.g. {@code "encrypted"}, {@code "no report template found"})
     */
    public static Finding unreadable(String reason) {
        return new Finding(UNREADABLE, Severity.ERROR, Location.DOCUMENT, null, null, UNREADABLE,
                List.of(reason == null ? "unknown" : reason), null);
    }

    /**
     * The {@code document.unreadable} ERROR finding for a document a reader refused: its message says, in
     * the finding's language, what is wrong and what to do ({@link UnreadableDocumentException#explain}), and
     * in English also what the reader saw (the exception's message).
     *
     * @since 0.1
     */
    public static Finding unreadable(UnreadableDocumentException e) {
        return new Finding(UNREADABLE, Severity.ERROR, Location.DOCUMENT, null, null, UNREADABLE + ".explained",
                List.of(e.reason(), e.getMessage() == null ? e.reason().text() : e.getMessage()), null);
    }

    /** The message in a language; English for any locale without a bundle of its own. */
    public String message(Locale locale) {
        return Messages.render(rule, messageKey, arguments, locale);
    }

    /** A copy with another severity. */
    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, location, expected, actual, messageKey, arguments, span);
    }

    /** The finding as one line: {@code WARNING rule [location] actual ≠ expected message}. */
    public String toLine(Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append(severity).append(' ').append(rule);
        String where = location.toString();
        if (!where.isEmpty()) {
            b.append(" [").append(where).append(']');
        }
        if (actual != null && expected != null) {
            b.append(' ').append(Messages.plain(actual)).append(" ≠ ").append(Messages.plain(expected));
        }
        b.append(' ').append(message(locale));
        if (span != null && !span.equals(SourceSpan.UNKNOWN)) {
            b.append(" (").append(span).append(')');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return toLine(Locale.ENGLISH) + " " + Arrays.toString(arguments.toArray());
    }
}
