package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.spi.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What a reader took out of an office document before interpretation. Not API.
 *
 * @param format the format actually read (judged by the bytes)
 * @param blocks the paragraphs and tables in reading order
 * @param problems oddities met while reading (a display that rounds its number, a sheet cut short)
 * @param properties the document's properties that may tell the report's metadata (its title)
 */
public record Extraction(OfficeFormat format, List<Block> blocks, List<Problem> problems,
        DocumentProperties properties) {
    public Extraction {
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
        properties = properties == null ? DocumentProperties.NONE : properties;
    }

    /** An extraction whose document has no properties worth reading. */
    public Extraction(OfficeFormat format, List<Block> blocks, List<Problem> problems) {
        this(format, blocks, problems, DocumentProperties.NONE);
    }

    /** The same extraction with the document's properties. */
    public Extraction with(DocumentProperties p) {
        return new Extraction(format, blocks, problems, p);
    }
}
