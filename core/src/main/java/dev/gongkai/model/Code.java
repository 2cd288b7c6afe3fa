package dev.gongkai.model;

/**
 * A canonical code of the template (SPEC section 2): a row, a column, a table or a section.
 * The {@link #code()} string is public API and appears in the canonical JSON and in findings.
 *
 * @since 0.1
 */
public interface Code {
    /** The stable identifier, e.g. {@code "new_received"}. */
    String code();

    /** The template's Chinese label, e.g. {@code "一、本年新收政府信息公开申请数量"}. */
    String label();
}
