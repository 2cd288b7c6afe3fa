package dev.gongkai.cli.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The inline style and script of report.html ({@code report.css}, {@code report.js} beside this class). */
final class HtmlAssets {
    private HtmlAssets() {}

    private static final String CSS = load("report.css");
    private static final String JS = load("report.js");

    static String css() {
        return CSS;
    }

    static String js() {
        return JS;
    }

    private static String load(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
