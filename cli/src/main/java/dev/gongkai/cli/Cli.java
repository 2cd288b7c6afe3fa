package dev.gongkai.cli;

import dev.gongkai.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Shared bits of the commands. */
final class Cli {
    private Cli() {}

    /** The language of the outputs: {@code zh} or {@code en}; {@code null} for anything else. */
    static String language(String option) {
        if (option == null) {
            return java.util.Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en";
        }
        String l = option.toLowerCase(java.util.Locale.ROOT);
        return l.equals("zh") || l.equals("en") ? l : null;
    }

    /** Reports a file that cannot be read and returns the usage exit code. */
    static int unreadable(CommandSpec spec, Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof UnreadableDocumentException u) {
            why = u.reason().text() + ": " + u.getMessage() + ". " + u.explain(java.util.Locale.ENGLISH);
        } else {
            why = e.toString();
        }
        spec.commandLine().getErr().println("gongkai: " + file + ": " + why);
        return Main.USAGE;
    }
}
