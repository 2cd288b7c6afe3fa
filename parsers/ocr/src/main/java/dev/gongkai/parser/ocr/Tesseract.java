package dev.gongkai.parser.ocr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where the Tesseract command is: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENVIRONMENT}, else {@code tesseract} on the {@code PATH}. The engine needs the
 * simplified-Chinese model ({@code chi_sim}) and the English one ({@code eng}, for digits).
 *
 * @since 0.2
 */
public final class Tesseract {

    /** The system property naming the tesseract binary. */
    public static final String PROPERTY = "gongkai.tesseract";
    /** The environment variable naming the tesseract binary. */
    public static final String ENVIRONMENT = "GONGKAI_TESSERACT";

    private static volatile String checked;

    private Tesseract() {}

    /** The command configured now (not checked). */
    public static String command() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            return p;
        }
        String e = System.getenv(ENVIRONMENT);
        return e != null && !e.isBlank() ? e : "tesseract";
    }

    /**
     * The configured command, checked once per command to run and to hold the models needed.
     *
     * @throws OcrEngineMissingException when it does not run or lacks {@code chi_sim}
     */
    public static String require() throws OcrEngineMissingException {
        String cmd = command();
        if (cmd.equals(checked)) {
            return cmd;
        }
        String langs;
        try {
            Process p = new ProcessBuilder(cmd, "--list-langs").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new OcrEngineMissingException("the OCR engine '" + cmd + "' did not answer", null);
            }
            langs = new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcrEngineMissingException("the OCR engine '" + cmd + "' is not installed"
                    + (isPath(cmd) ? " (no such file)" : " (not found on the PATH)"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrEngineMissingException("interrupted while starting the OCR engine", e);
        }
        if (!langs.lines().anyMatch(l -> l.strip().equals("chi_sim"))) {
            throw new OcrEngineMissingException("the OCR engine '" + cmd
                    + "' has no simplified-Chinese model (chi_sim)", null);
        }
        checked = cmd;
        return cmd;
    }

    /** True when the engine is installed as configured. */
    public static boolean available() {
        try {
            require();
            return true;
        } catch (OcrEngineMissingException e) {
            return false;
        }
    }

    private static boolean isPath(String cmd) {
        return cmd.indexOf(File.separatorChar) >= 0 && !Files.isExecutable(Path.of(cmd));
    }
}
