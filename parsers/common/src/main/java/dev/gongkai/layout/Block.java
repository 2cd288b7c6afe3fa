package dev.gongkai.layout;

/**
 * One block of a document in reading order, as a format reader gives it to the
 * {@link TemplateInterpreter}: a {@link Paragraph} of text, a {@link Table} of cells, or an
 * {@link ImageBlock} (an image where a table may stand, for the OCR engine).
 *
 * @since 0.1
 */
public sealed interface Block permits Paragraph, Table, ImageBlock {}
