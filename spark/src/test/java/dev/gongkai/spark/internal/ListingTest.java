package dev.gongkai.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingTest {

    @TempDir
    Path dir;

    @Test
    void aLocalFolderIsListedAsTheCliWalksIt() throws Exception {
        write("a.html", "<p>1</p>");
        write("_b.txt", "22");
        write("empty.txt", "");
        write(".hidden.txt", "x");
        write("sub/c 报告.txt", "333");
        write("sub/.git/d.txt", "x");
        write("sub/deeper/e:f.txt", "4444");
        Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("a.html"));
        Files.createSymbolicLink(dir.resolve("loop"), dir); // a link to a folder is not entered

        Configuration conf = new Configuration();
        List<String> got = new ArrayList<>();
        for (Listing.File f : Listing.of(conf, List.of(dir.toString()))) {
            got.add(f.path() + " " + f.length());
        }
        FileSystem local = FileSystem.getLocal(conf);
        List<String> expected = new ArrayList<>();
        for (String[] e : new String[][] {{"_b.txt", "2"}, {"a.html", "8"}, {"empty.txt", "0"}, {"link.txt", "8"},
            {"sub/c 报告.txt", "3"}, {"sub/deeper/e:f.txt", "4"}}) {
            // named as Hadoop names the file
            expected.add(local.makeQualified(new org.apache.hadoop.fs.Path(dir.resolve(e[0]).toUri())) + " " + e[1]);
        }
        assertEquals(expected, got);
        // a file given alone, and a glob
        assertEquals(1, Listing.of(conf, List.of(dir.resolve("a.html").toString())).size());
        List<String> globbed = new ArrayList<>();
        Listing.of(conf, List.of(dir + "/*.txt")).forEach(f -> globbed.add(f.path().substring(f.path().lastIndexOf('/') + 1)));
        assertEquals(List.of("_b.txt", "empty.txt", "link.txt"), globbed);
    }

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
