package dev.gongkai.spark.internal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * How a file is named in the findings ({@code source}): a local file ({@code file:} URI) by its path, as
 * {@code gongkai check} names a file given by its absolute path; a file on another file system
 * ({@code hdfs:}, {@code s3a:} …) by its URI as Spark lists it.
 */
public final class Sources {

    private Sources() {}

    /** The source of a path of Spark's {@code binaryFile} table. */
    public static String of(String path) {
        if (!path.startsWith("file:")) {
            return path;
        }
        try {
            String p = new URI(path).getPath();
            return p == null ? path : p;
        } catch (URISyntaxException e) {
            return path.substring("file:".length()).replaceFirst("^//(?=/)", "");
        }
    }

    /** The last part of a source. */
    public static String fileName(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
