package dev.gongkai.cli.check;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files named on the command line and those below the folders named, walked lazily (nothing is
 * collected): hidden files and folders (name starting with {@code .}), the output folder and files
 * matching an exclude glob are left out. Symbolic links to folders are not followed.
 */
public final class Inputs {

    /** Receives each file in turn. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Input input) throws IOException;
    }

    private final List<Path> roots;
    private final List<String> prefixes;
    private final Path outDir;
    private final List<PathMatcher> excludes = new ArrayList<>();

    /**
     * @param roots the files and folders given
     * @param outDir the output folder, never walked; may be {@code null}
     * @param excludeGlobs glob patterns ({@code **}{@code /expected/**}) matched against the source path
     * @throws NoSuchFileException when a root does not exist
     */
    public Inputs(List<Path> roots, Path outDir, List<String> excludeGlobs) throws NoSuchFileException {
        this.roots = List.copyOf(roots);
        this.outDir = outDir == null ? null : outDir.toAbsolutePath().normalize();
        for (Path r : roots) {
            if (!Files.exists(r)) {
                throw new NoSuchFileException(r.toString());
            }
        }
        for (String g : excludeGlobs) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        this.prefixes = prefixes(roots);
    }

    /** Out names start with the root's own name; roots of the same name are told apart by a number. */
    private static List<String> prefixes(List<Path> roots) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Path r : roots) {
            Path name = r.toAbsolutePath().normalize().getFileName();
            String n = name == null ? "root" : name.toString();
            int k = seen.merge(n, 1, Integer::sum);
            out.add(k == 1 ? n : n + "-" + k);
        }
        return out;
    }

    /** How many files a walk visits. */
    public long count() throws IOException {
        long[] n = {0};
        walk(i -> n[0]++);
        return n[0];
    }

    /** Visits every file, in directory order. */
    public void walk(Visitor visitor) throws IOException {
        for (int i = 0; i < roots.size(); i++) {
            walk(roots.get(i), prefixes.get(i), visitor);
        }
    }

    private void walk(Path root, String prefix, Visitor visitor) throws IOException {
        if (!Files.isDirectory(root)) {
            visitor.visit(new Input(root, root.toString(), prefix));
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (hidden(dir) || dir.toAbsolutePath().normalize().equals(outDir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !hidden(file) && !excluded(file)) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    visitor.visit(new Input(file, file.toString(), prefix + "/" + rel));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                visitor.visit(new Input(file, file.toString(), prefix + "/" + root.relativize(file)));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }

    private boolean excluded(Path file) {
        for (PathMatcher m : excludes) {
            if (m.matches(file)) {
                return true;
            }
        }
        return false;
    }
}
