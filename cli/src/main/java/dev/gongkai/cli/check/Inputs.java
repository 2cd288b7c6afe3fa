package dev.gongkai.cli.check;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files named on the command line and those below the folders named, walked lazily (only one
 * folder's names are held at a time) and always in the same order (a folder's entries by name), so that
 * the outputs of a batch come in an order that does not depend on the file system or the threads: hidden files and folders (name starting with {@code .}), the output folder and files
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

    /** Visits every file, in the order of {@link #compare}. */
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
        walkFolder(root, root, prefix, visitor);
    }

    /** A folder's entries in the order of their names, folders entered where they stand. */
    private void walkFolder(Path root, Path folder, String prefix, Visitor visitor) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            s.forEach(entries::add);
        } catch (IOException e) {
            if (folder.equals(root)) {
                throw e;
            }
            visitor.visit(new Input(folder, folder.toString(), prefix + "/" + relative(root, folder)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path p : entries) {
            if (hidden(p)) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                visitor.visit(new Input(p, p.toString(), prefix + "/" + relative(root, p)));
                continue;
            }
            if (attrs.isDirectory()) {
                if (!p.toAbsolutePath().normalize().equals(outDir)) {
                    walkFolder(root, p, prefix, visitor);
                }
            } else if ((attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(p)) && !excluded(p)) {
                // a link to a file is read as the file; links to folders are not entered (no cycles)
                visitor.visit(new Input(p, p.toString(), prefix + "/" + relative(root, p)));
            }
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Compares two out names ({@link Input#outName()}) in the order of a walk: by the root they are
     * under (in the order given), then name by name along their paths. Out names of no root of this
     * walk come last.
     */
    public int compare(String a, String b) {
        int ra = rootIndex(a);
        int rb = rootIndex(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        String[] pa = a.split("/", -1);
        String[] pb = b.split("/", -1);
        for (int i = 1; i < Math.min(pa.length, pb.length); i++) {
            int c = pa[i].compareTo(pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private int rootIndex(String outName) {
        int slash = outName.indexOf('/');
        int i = prefixes.indexOf(slash < 0 ? outName : outName.substring(0, slash));
        return i < 0 ? Integer.MAX_VALUE : i;
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
