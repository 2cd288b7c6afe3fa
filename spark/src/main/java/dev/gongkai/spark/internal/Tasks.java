package dev.gongkai.spark.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How the files listed are cut into tasks: in listing order, each task about {@link #TARGET_BYTES} of
 * files, where a file counts as at least {@link #MIN_FILE_BYTES} (its fixed cost: opened, probed, read),
 * so a task holds at most {@code TARGET_BYTES / MIN_FILE_BYTES} small files (a second or two of saved web
 * pages) and fewer of the large ones (PDFs and scans, seconds each); and at least three tasks per core,
 * so no core waits while another reads the last big task. A task costs Spark a fixed amount (its closure
 * sent and read, its result sent back, its block of documents kept), about 10–20 ms here: tasks of a few
 * files spend more on that than on reading (ADR 0031).
 */
public final class Tasks {

    /** About how many bytes of files one task reads. */
    public static final long TARGET_BYTES = 64L << 20;

    /** What a file counts as at least. */
    public static final long MIN_FILE_BYTES = 64L << 10;

    private Tasks() {}

    /**
     * The files in consecutive groups, one per task, in order; every file in exactly one group.
     *
     * @param lengths the files' lengths in listing order
     * @param cores the cores the tasks run on (at least three tasks per core while there are files for them)
     * @return each group's first index; the last group ends at {@code lengths.length}
     */
    public static int[] starts(long[] lengths, int cores) {
        int n = lengths.length;
        if (n == 0) {
            return new int[0];
        }
        long total = 0;
        for (long l : lengths) {
            total += weight(l);
        }
        int least = (int) Math.min(n, 3L * Math.max(1, cores));
        // a target that gives at least `least` groups when the files are even; uneven files give more groups
        long target = Math.max(1, Math.min(TARGET_BYTES, total / least));
        List<Integer> starts = new ArrayList<>();
        long filled = 0;
        for (int i = 0; i < n; i++) {
            long w = weight(lengths[i]);
            if (i == 0 || filled > 0 && filled + w > target) {
                starts.add(i);
                filled = 0;
            }
            filled += w;
        }
        // packing whole files may leave fewer groups than asked (a few large files): cut the largest groups further
        while (starts.size() < least) {
            int widest = 0;
            int widestSize = 0;
            for (int g = 0; g < starts.size(); g++) {
                int size = (g + 1 < starts.size() ? starts.get(g + 1) : n) - starts.get(g);
                if (size > widestSize) {
                    widest = g;
                    widestSize = size;
                }
            }
            if (widestSize < 2) {
                break;
            }
            starts.add(widest + 1, starts.get(widest) + widestSize / 2);
        }
        int[] out = new int[starts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts.get(i);
        }
        return out;
    }

    private static long weight(long length) {
        return Math.max(MIN_FILE_BYTES, length);
    }
}
