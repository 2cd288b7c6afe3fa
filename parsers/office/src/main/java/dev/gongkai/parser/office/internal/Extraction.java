package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.spi.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What a reader took out of an office document before interpretation. Not API.
 *
 * @param format the format actually read (judged by the bytes)
 * @param blocks the paragraphs and tables in reading order
 * @param problems oddities met while reading (a display that rounds its number, a sheet cut short)
 */
public record Extraction(OfficeFormat format, List<Block> blocks, List<Problem> problems) {
    public Extraction {
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }
}
