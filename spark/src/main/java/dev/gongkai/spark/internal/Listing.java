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
 * files are listed (the CLI says they are unreadable), paths may be globs.
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
            for (FileStatus root : roots) {
                if (root.isFile()) {
                    out.put(root.getPath().toString(), new File(root.getPath().toString(), root.getLen()));
                    continue;
                }
                walk(fs, root.getPath(), out);
            }
        }
        return new ArrayList<>(out.values());
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
