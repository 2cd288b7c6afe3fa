package dev.gongkai.layout;

/**
 * One block of a document in reading order, as a format reader gives it to the
 * {@link TemplateInterpreter}: a {@link Paragraph} of text or a {@link Table} of cells.
 *
 * @since 0.1
 */
public sealed interface Block permits Paragraph, Table {}
