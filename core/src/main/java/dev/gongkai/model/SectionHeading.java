package dev.gongkai.model;

/**
 * A section heading as the document wrote it.
 *
 * @param section the section it opens
 * @param text the heading text as read
 * @param numbered whether it carries its numeral (一、 … 六、)
 * @param order its position among the headings found, from 0
 * @param span where it was read, or {@code null}
 * @since 0.1
 */
public record SectionHeading(Section section, String text, boolean numbered, int order, SourceSpan span) {}
