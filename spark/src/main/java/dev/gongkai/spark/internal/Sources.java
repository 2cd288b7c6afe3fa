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

    /**
     * The source of a path {@link Listing} gives: Hadoop's name of the file, which for a local file is
     * {@code file:} and its path as it stands (not URI-encoded: a {@code %} in a name is a {@code %}).
     */
    public static String ofListed(String path) {
        return isLocal(path) ? path.substring("file:".length()) : path;
    }

    /** True for a local file named as Hadoop names one ({@code file:/…}, no authority). */
    public static boolean isLocal(String listedPath) {
        return listedPath.startsWith("file:/") && !listedPath.startsWith("file://");
    }

    /** The last part of a source. */
    public static String fileName(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
