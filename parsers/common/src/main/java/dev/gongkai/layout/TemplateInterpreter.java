package dev.gongkai.layout;

import dev.gongkai.NoTemplateException;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.util.List;

/**
 * The one template interpreter: maps a document's blocks onto the report template by labels (not
 * positions) and returns the report with the problems met. Every format reader produces blocks and
 * calls this; every fix to label matching helps every format. Thread-safe.
 *
 * @since 0.1
 */
public final class TemplateInterpreter {

    private TemplateInterpreter() {}

    /**
     * Interprets a document.
     *
     * @param blocks the document's blocks in reading order
     * @param context the parse options (problem cap, file name)
     * @param parser the name of the calling parser, recorded in the result
     * @throws NoTemplateException when no table and no section of the template is found
     */
    public static ParseResult interpret(List<Block> blocks, ParseContext context, String parser)
            throws NoTemplateException {
        return interpret(blocks, context, parser, DocumentProperties.NONE);
    }

    /**
     * Interprets a document whose carrier states some of its metadata (a page's meta tags, a file's
     * document properties). The report's own text wins where it states the title, organ or date.
     *
     * @param properties what the carrier says, {@link DocumentProperties#NONE} when nothing
     * @throws NoTemplateException when no table and no section of the template is found
     */
    public static ParseResult interpret(List<Block> blocks, ParseContext context, String parser,
            DocumentProperties properties) throws NoTemplateException {
        return dev.gongkai.layout.internal.Interpreter.interpret(blocks, context, parser, properties);
    }
}
