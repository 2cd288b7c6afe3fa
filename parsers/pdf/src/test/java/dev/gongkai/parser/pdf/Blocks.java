package dev.gongkai.parser.pdf;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ProblemList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: the blocks of PDF bytes, and tables as plain text grids. */
public final class Blocks {

    private Blocks() {}

    public static List<Block> of(byte[] pdf) {
        return of(pdf, ProblemList.tracking(100));
    }

    public static List<Block> of(byte[] pdf, ProblemList problems) {
        try {
            return PdfReportParser.blocks(new ByteArrayInputStream(pdf), ParseContext.defaults(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Table> tables(List<Block> blocks) {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                out.add(t);
            }
        }
        return out;
    }

    public static List<String> paragraphs(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** A table's slot texts with the line breaks inside cells removed. */
    public static String[][] texts(Table t) {
        String[][] out = new String[t.height()][];
        for (int r = 0; r < t.height(); r++) {
            List<GridCell> row = t.rows().get(r);
            out[r] = new String[row.size()];
            for (int c = 0; c < row.size(); c++) {
                out[r][c] = row.get(c).text().replace("\n", "");
            }
        }
        return out;
    }

    /** A table's merged flags. */
    public static boolean[][] merged(Table t) {
        boolean[][] out = new boolean[t.height()][];
        for (int r = 0; r < t.height(); r++) {
            List<GridCell> row = t.rows().get(r);
            out[r] = new boolean[row.size()];
            for (int c = 0; c < row.size(); c++) {
                out[r][c] = row.get(c).merged();
            }
        }
        return out;
    }
}
