package dev.gongkai.cli.check;

import java.nio.file.Path;

/**
 * One file to check.
 *
 * @param file the file
 * @param source the path as the user gave it, joined with the path below the given folder ({@code corpus/seeds/000.txt});
 *     the {@code source} of its findings
 * @param outName a relative path, unique within the run, under which its outputs are written
 */
public record Input(Path file, String source, String outName) {}
