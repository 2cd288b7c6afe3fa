package dev.gongkai.spi;

import dev.gongkai.UnreadableDocumentException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one document format into a report. Implementations are discovered with
 * {@link java.util.ServiceLoader} ({@code provides dev.gongkai.spi.ReportParser with …} in
 * module-info, and {@code META-INF/services/dev.gongkai.spi.ReportParser}); they must be thread-safe
 * and have a public no-argument constructor.
 *
 * @since 0.1
 */
public interface ReportParser {

    /** A short kebab-case name, unique among parsers: {@code "text"}, {@code "html"}, {@code "docx"}. */
    String name();

    /**
     * How well this parser fits a document, judged from its name and first bytes: 0 when it cannot
     * read it; higher numbers for surer matches (a magic number beats a file extension, which beats
     * "it decodes as text"). {@link dev.gongkai.Gongkai} picks the highest.
     */
    int supports(DocumentProbe probe);

    /**
     * Parses a document. The stream is consumed, not closed.
     *
     * @throws UnreadableDocumentException when the document cannot be read as a report (wrong format,
     *     encrypted, corrupt, no report template found)
     * @throws IOException when reading the stream fails
     */
    ParseResult parse(InputStream in, ParseContext context) throws IOException;
}
