package dev.gongkai.spi;

import java.nio.charset.Charset;

/**
 * Options of one parse. Immutable; change with the {@code with…} methods.
 *
 * @param fileName the document's file name or URL, for messages and format hints; may be {@code null}
 * @param charset an explicit charset for text formats, which then wins over detection; may be {@code null}
 * @param maxProblems how many problems to keep at most (more are counted, not kept)
 * @param maxBytes the largest document a parser reads before it gives up with an error
 * @since 0.1
 */
public record ParseContext(String fileName, Charset charset, int maxProblems, long maxBytes) {

    /** The default limit of problems kept. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    /** The default size limit: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    public ParseContext {
        if (maxProblems < 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** No file name, no charset, default limits. */
    public static ParseContext defaults() {
        return new ParseContext(null, null, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_BYTES);
    }

    public ParseContext withFileName(String name) {
        return new ParseContext(name, charset, maxProblems, maxBytes);
    }

    public ParseContext withCharset(Charset cs) {
        return new ParseContext(fileName, cs, maxProblems, maxBytes);
    }

    public ParseContext withMaxProblems(int max) {
        return new ParseContext(fileName, charset, max, maxBytes);
    }

    public ParseContext withMaxBytes(long max) {
        return new ParseContext(fileName, charset, maxProblems, max);
    }
}
