package dev.gongkai.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The fuzz targets' committed inputs, and ways to build attacks from them. */
final class Seeds {
    static final String TARGETS = "/dev/gongkai/fuzz/ReadersFuzzTestInputs/";

    private Seeds() {}

    /** One committed input of a target. */
    static byte[] of(String target, String name) {
        try (InputStream in = Seeds.class.getResourceAsStream(TARGETS + target + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no input " + target + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every committed input of a target (seeds and regression inputs), sorted by name. */
    static List<Path> all(String target) {
        try {
            Path dir = Path.of(Seeds.class.getResource(TARGETS + target).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(Files::isRegularFile).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip with the text of one entry rewritten; the other entries copied as they are. */
    static byte[] rewriteEntry(byte[] zip, String entry, UnaryOperator<String> rewrite) {
        return rewriteEntry(zip, entry, (data, out) -> out.write(rewrite.apply(new String(data, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
    }

    interface EntryWriter {
        void write(byte[] original, ZipOutputStream out) throws IOException;
    }

    /** The zip with one entry written anew (streamed: the new entry need not fit in memory). */
    static byte[] rewriteEntry(byte[] zip, String entry, EntryWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    writer.write(data, out);
                    found = true;
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found) {
            throw new IllegalArgumentException("no entry " + entry);
        }
        return bytes.toByteArray();
    }
}
