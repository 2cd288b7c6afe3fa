package dev.gongkai.parser.ocr.internal;

import dev.gongkai.parser.ocr.OcrEngineMissingException;
import dev.gongkai.parser.ocr.Tesseract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one image (sent as PGM on its standard input) and reads the
 * word boxes of its TSV output. Each process is single-threaded; a page's processes run one after the
 * other, and how many pages are recognised at once is bounded for the whole JVM by
 * {@link dev.gongkai.layout.RecognitionWork}. Not API.
 */
public final class Engine {

    private static final long TIMEOUT_SECONDS = 300;

    private Engine() {}

    /** Words in Chinese text ({@code chi_sim}, one block of text). */
    static List<Word> text(Grey image) throws IOException {
        return run(image, "chi_sim", "6", null);
    }

    /** Digits only ({@code eng}, whitelist 0–9). */
    static List<Word> digits(Grey image) throws IOException {
        return run(image, "eng", "6", "0123456789");
    }

    private static List<Word> run(Grey image, String lang, String psm, String whitelist) throws IOException {
        String cmd = Tesseract.require();
        List<String> args = new ArrayList<>(List.of(cmd, "stdin", "stdout", "-l", lang, "--psm", psm,
                "-c", "tessedit_create_tsv=1"));
        if (whitelist != null) {
            args.add("-c");
            args.add("tessedit_char_whitelist=" + whitelist);
        }
        ProcessBuilder pb = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        byte[] input = image.pgm();
        try {
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new OcrEngineMissingException("the OCR engine '" + cmd + "' could not be started", e);
            }
            Thread feeder = new Thread(() -> {
                try (OutputStream o = p.getOutputStream()) {
                    o.write(input);
                } catch (IOException ignored) {
                    // the process ended early; its exit code says why
                }
            }, "gongkai-ocr-feed");
            feeder.setDaemon(true);
            feeder.start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the OCR engine did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("the OCR engine failed (exit " + p.exitValue() + ")");
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the OCR engine ran", e);
        }
    }

    /** The words (level 5) of a TSV output. */
    static List<Word> parse(String tsv) {
        List<Word> out = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                out.add(new Word(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), Double.parseDouble(f[10]), text));
            } catch (NumberFormatException e) {
                // a malformed line is skipped
            }
        }
        return out;
    }
}
