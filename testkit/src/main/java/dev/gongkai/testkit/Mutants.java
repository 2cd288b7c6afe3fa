package dev.gongkai.testkit;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ReportParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Damaged copies of a file, for a reader's robustness tests: bytes overwritten, the file cut, or a run
 * of it copied over another place. A reader given one must return a report or throw an
 * {@link UnreadableDocumentException} — never another exception (its library's own), and never hang.
 * Plain Java: {@link #assertTypedOnly} throws an {@link AssertionError}.
 *
 * <pre>{@code
 * Mutants.assertTypedOnly(new OdfParser(), ParseContext.defaults(), Mutants.of(List.of(odt, ods), 60));
 * }</pre>
 *
 * @since 0.2
 */
public final class Mutants {

    /** One damaged file and what it is, for the failure message ({@code document 2 seed 17}). */
    public record Mutant(String what, byte[] bytes) {}

    private Mutants() {}

    /**
     * A damaged copy, drawn from {@code rnd}: one to twenty bytes overwritten, the file cut after at least
     * eight bytes, or a run of up to 512 bytes copied over another place. A file shorter than sixteen
     * bytes is returned as it is (nothing is drawn).
     */
    public static byte[] mutate(byte[] original, Random rnd) {
        byte[] b = original.clone();
        if (b.length < 16) {
            return b;
        }
        switch (rnd.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + rnd.nextInt(20); i++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, 8 + rnd.nextInt(b.length - 8));
            default -> {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(512));
                System.arraycopy(b, rnd.nextInt(b.length - len + 1), b, from, len);
            }
        }
        return b;
    }

    /**
     * {@code each} damaged copies of each original, made lazily: copy {@code seed} (1 to {@code each}) of
     * original {@code k} is {@link #mutate drawn} from {@code new Random(seed * 31 + k)}.
     */
    public static Stream<Mutant> of(List<byte[]> originals, int each) {
        return Stream.iterate(0, k -> k < originals.size(), k -> k + 1).flatMap(k -> LongStream.rangeClosed(1, each)
                .mapToObj(seed -> new Mutant("document " + k + " seed " + seed,
                        mutate(originals.get(k), new Random(seed * 31 + k)))));
    }

    /**
     * Reads every mutant with {@code parser} and fails, naming each, where one gave an exception other
     * than an {@link UnreadableDocumentException} (or overflowed the stack).
     */
    public static void assertTypedOnly(ReportParser parser, ParseContext context, Stream<Mutant> mutants) {
        List<String> escaped = new ArrayList<>();
        mutants.forEach(m -> {
            try {
                parser.parse(new ByteArrayInputStream(m.bytes()), context);
            } catch (UnreadableDocumentException expected) {
                // typed: fine
            } catch (Exception | StackOverflowError e) {
                escaped.add(m.what() + ": " + e);
            }
        });
        if (!escaped.isEmpty()) {
            throw new AssertionError(escaped.size() + " damaged files gave an untyped exception:\n  "
                    + String.join("\n  ", escaped));
        }
    }
}
