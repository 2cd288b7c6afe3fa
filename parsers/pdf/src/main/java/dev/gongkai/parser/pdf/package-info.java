/**
 * The PDF reader ({@link dev.gongkai.parser.pdf.PdfReportParser}, parser name {@code pdf}), registered
 * with {@link java.util.ServiceLoader}. API: the reader class and its block extraction; how tables are
 * rebuilt lives in the {@code internal} package.
 *
 * @since 0.1
 */
package dev.gongkai.parser.pdf;
