/**
 * Readers of Word and spreadsheet documents: {@link dev.gongkai.parser.office.DocxParser},
 * {@link dev.gongkai.parser.office.DocParser}, {@link dev.gongkai.parser.office.XlsxParser} and
 * {@link dev.gongkai.parser.office.XlsParser}. They are found through {@link java.util.ServiceLoader}; each
 * judges a document by its bytes (OLE2 or OOXML container and the streams inside), and each reads
 * any of the four formats, so a {@code .doc} that is really a {@code .docx} reads fine whichever is
 * chosen. API.
 *
 * @since 0.1
 */
package dev.gongkai.parser.office;
