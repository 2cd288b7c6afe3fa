package dev.gongkai.parser.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Damaged OFD files — bytes overwritten, cut or spliced in the archive, or one XML part (OFD.xml,
 * Document.xml, a page) damaged inside an intact archive — give a report or a typed error, never
 * another exception (ofdrw's and dom4j's own must not escape), and never hang.
 */
class OfdMutationPropertyTest {
    private static final int MUTANTS = 40;

    @Test
    void damagedFilesGiveAReportOrATypedError() throws Exception {
        byte[] original = Files.readAllBytes(Path.of(getClass().getResource("/fixtures/generated-101.ofd").toURI()));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> names = new ArrayList<>(parts.keySet());
        List<String> escaped = new ArrayList<>();
        for (long seed = 1; seed <= MUTANTS; seed++) {
            Random rnd = new Random(seed);
            check(mutate(original, rnd), "archive seed " + seed, escaped);
            Map<String, byte[]> damaged = new LinkedHashMap<>(parts);
            String part = names.get(rnd.nextInt(names.size()));
            damaged.put(part, mutate(parts.get(part), rnd));
            check(zip(damaged), part + " seed " + seed, escaped);
        }
        assertThat(escaped).isEmpty();
    }

    private static void check(byte[] bytes, String what, List<String> escaped) {
        try {
            new OfdParser().parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName("m.ofd"));
        } catch (UnreadableDocumentException expected) {
            // typed: fine
        } catch (Exception | StackOverflowError e) {
            escaped.add(what + ": " + e);
        }
    }

    private static byte[] zip(Map<String, byte[]> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        return out.toByteArray();
    }

    private static byte[] mutate(byte[] original, Random rnd) {
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
            case 1 -> b = java.util.Arrays.copyOf(b, 8 + rnd.nextInt(b.length - 8));
            default -> {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(512));
                System.arraycopy(b, rnd.nextInt(b.length - len + 1), b, from, len);
            }
        }
        return b;
    }
}
