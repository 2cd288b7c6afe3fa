package dev.gongkai.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void smallFilesMakeTasksOfAboutAThousand() {
        long[] pages = new long[60_000];
        Arrays.fill(pages, 30_000);
        int[] starts = Tasks.starts(pages, 2);
        assertEquals(59, starts.length); // 60,000 / 1,024
        assertEquals(1024, starts[1] - starts[0]);
    }

    @Test
    void largeFilesMakeSmallerTasks() {
        long[] lengths = new long[2_000];
        Arrays.fill(lengths, 0, 1_000, 1L << 20); // scans first, then saved pages
        Arrays.fill(lengths, 1_000, 2_000, 20_000);
        int[] starts = Tasks.starts(lengths, 2);
        assertEquals(64, starts[1] - starts[0]);
        assertEquals(960, starts[15]); // 15 tasks of 64 scans, the 40 left with 384 pages (24 MB of 64 KB each)
        assertEquals(1_384, starts[16]);
        assertEquals(17, starts.length);
    }

    @Test
    void atLeastThreeTasksPerCore() {
        assertEquals(13, Tasks.starts(filled(100, 1000), 4).length); // 8 each (12 would be 8.3 each)
        assertEquals(5, Tasks.starts(filled(5, 1000), 4).length); // one file each when there are fewer
        long[] big = {1L << 30, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(6, Tasks.starts(big, 2).length); // the large file alone, the rest cut further
        assertEquals(0, Tasks.starts(new long[0], 2).length);
        assertEquals(1, Tasks.starts(new long[1], 2).length);
    }

    @Test
    void everyFileInOneTaskInOrderWithinTheTarget() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int run = 0; run < 300; run++) {
            long seed = random.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(0, 5_000);
            int cores = r.nextInt(1, 65);
            long[] lengths = new long[n];
            for (int i = 0; i < n; i++) {
                lengths[i] = r.nextInt(10) == 0 ? r.nextLong(0, 20L << 20) : r.nextLong(0, 200_000);
            }
            int[] starts = Tasks.starts(lengths, cores);
            String at = "seed " + seed;
            if (n == 0) {
                assertEquals(0, starts.length, at);
                continue;
            }
            assertEquals(0, starts[0], at);
            for (int t = 0; t < starts.length; t++) {
                int end = t + 1 < starts.length ? starts[t + 1] : n;
                assertTrue(end > starts[t], at + ": an empty task");
                long weight = 0;
                for (int i = starts[t]; i < end; i++) {
                    weight += Math.max(Tasks.MIN_FILE_BYTES, lengths[i]);
                }
                // over the target only by one file (a file larger than the target is a task of its own)
                long last = Math.max(Tasks.MIN_FILE_BYTES, lengths[end - 1]);
                assertTrue(weight - last < Tasks.TARGET_BYTES || end - starts[t] == 1, at + ": task " + t + " over the target");
            }
            assertTrue(starts.length >= Math.min(n, 3 * cores), at + ": " + starts.length + " tasks for " + cores + " cores");
        }
    }

    private static long[] filled(int n, long length) {
        long[] a = new long[n];
        Arrays.fill(a, length);
        return a;
    }
}
