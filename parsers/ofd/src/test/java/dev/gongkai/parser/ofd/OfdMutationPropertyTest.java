package dev.gongkai.parser.ofd;

import dev.gongkai.spi.ParseContext;
import dev.gongkai.testkit.Mutants;
import dev.gongkai.testkit.Mutants.Mutant;
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
        List<Mutant> mutants = new ArrayList<>();
        for (long seed = 1; seed <= MUTANTS; seed++) {
            Random rnd = new Random(seed);
            mutants.add(new Mutant("archive seed " + seed, Mutants.mutate(original, rnd)));
            Map<String, byte[]> damaged = new LinkedHashMap<>(parts);
            String part = names.get(rnd.nextInt(names.size()));
            damaged.put(part, Mutants.mutate(parts.get(part), rnd));
            mutants.add(new Mutant(part + " seed " + seed, zip(damaged)));
        }
        Mutants.assertTypedOnly(new OfdParser(), ParseContext.defaults().withFileName("m.ofd"), mutants.stream());
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
}
