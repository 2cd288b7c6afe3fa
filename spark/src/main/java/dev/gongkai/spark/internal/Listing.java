package dev.gongkai.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files below the paths a job is given, listed once on the driver through Hadoop's file systems, as
 * {@code gongkai check} walks a folder: files and folders whose name starts with {@code .} below a path
 * given are left out (names starting with {@code _} are kept, which Spark's own file scan drops), empty
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
                String base = root.getPath().toUri().getPath();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && !hidden(base, f.getPath().toUri().getPath())) {
                        out.put(f.getPath().toString(), new File(f.getPath().toString(), f.getLen()));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether a name below the root (a folder's or the file's) starts with {@code .}. */
    static boolean hidden(String root, String path) {
        String rest = path.startsWith(root) ? path.substring(root.length()) : path;
        for (String name : rest.split("/")) {
            if (name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
