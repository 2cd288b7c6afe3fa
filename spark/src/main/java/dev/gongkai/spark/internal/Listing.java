package dev.gongkai.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files below the paths a job is given, listed once on the driver through Hadoop's file systems, as
 * {@code gongkai check} walks a folder: files and folders whose name starts with {@code .} below a path
 * given are left out, folders walked with {@code listStatus} (names starting with {@code _} are kept, which Spark's own file scan drops), empty
 * files are listed (the CLI says they are unreadable), paths may be globs (a glob takes names starting with
 * {@code .} only when its own name does, as a shell expands it). Local folders are walked by the JDK, a
 * link to a file listed as the file and links to folders not entered, as {@code gongkai check} walks.
 */
public final class Listing {

    /** A file listed: its path (URI) and length. */
    public record File(String path, long length) {}

    private Listing() {}

    /**
     * The files, each once, in the order of their paths.
     *
     * @throws IOException when a path does not exist or cannot be listed
     */
    public static List<File> of(Configuration conf, List<String> paths) throws IOException {
        java.util.TreeMap<String, File> out = new java.util.TreeMap<>();
        for (String given : paths) {
            Path p = new Path(given);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] roots = fs.globStatus(p);
            if (roots == null || roots.length == 0) {
                throw new java.io.FileNotFoundException("no such file or folder: " + given);
            }
            boolean glob = given.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
            for (FileStatus root : roots) {
                // as a shell expands a glob: a name starting with . only when the pattern's name does
                if (glob && root.getPath().getName().startsWith(".") && !p.getName().startsWith(".")) {
                    continue;
                }
                if (root.isFile()) {
                    out.put(root.getPath().toString(), new File(root.getPath().toString(), root.getLen()));
                    continue;
                }
                if ("file".equals(root.getPath().toUri().getScheme())) {
                    walkLocal(root.getPath().toString(), java.nio.file.Path.of(root.getPath().toUri()), out);
                } else {
                    walk(fs, root.getPath(), out);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * A local folder's files as {@link #walk} lists them, named as Hadoop names them ({@code uri} and the
     * path below it), by the JDK's file walk: one directory read and one {@code stat} per file, where
     * Hadoop's local file system reads three attributes apart and parses a URI per file (4.5 s for 60,000
     * files). As {@code gongkai check}: a link to a file is the file, links to folders are not entered.
     */
    private static void walkLocal(String uri, java.nio.file.Path folder, java.util.Map<String, File> out) throws IOException {
        try (java.nio.file.DirectoryStream<java.nio.file.Path> entries = java.nio.file.Files.newDirectoryStream(folder)) {
            for (java.nio.file.Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                java.nio.file.attribute.BasicFileAttributes attrs = java.nio.file.Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                String child = uri.endsWith("/") ? uri + name : uri + "/" + name;
                if (attrs.isDirectory()) {
                    walkLocal(child, p, out);
                } else if (attrs.isRegularFile()) {
                    out.put(child, new File(child, attrs.size()));
                } else if (attrs.isSymbolicLink() && java.nio.file.Files.isRegularFile(p)) {
                    out.put(child, new File(child, java.nio.file.Files.size(p)));
                }
            }
        }
    }

    /**
     * A folder's files and, below it, those of its folders whose names do not start with {@code .}. By
     * {@code listStatus}, not {@code listFiles}: on the local file system without Hadoop's native library
     * the latter starts a process per file to read its permissions.
     */
    private static void walk(FileSystem fs, Path folder, java.util.Map<String, File> out) throws IOException {
        for (FileStatus f : fs.listStatus(folder)) {
            if (f.getPath().getName().startsWith(".")) {
                continue;
            }
            if (f.isDirectory()) {
                walk(fs, f.getPath(), out);
            } else if (f.isFile()) {
                out.put(f.getPath().toString(), new File(f.getPath().toString(), f.getLen()));
            }
        }
    }
}
