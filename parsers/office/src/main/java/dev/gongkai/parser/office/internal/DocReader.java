package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Picture;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The blocks of a .doc (Word 97–2003, HWPF): the main text's paragraphs and tables in order, after
 * the text of any text boxes (where titles sit). Word stores each row's cells with their edges, not a
 * grid: the grid columns are the distinct cell edges of the whole table, and a cell spans the columns
 * between its edges; a cell continuing a vertical merge repeats the slot above. Nested tables are read
 * as text of their outer cell. Not API.
 */
final class DocReader {
    /** Cell edges closer than this (in twips, 1/1440 inch) are one grid line. */
    private static final int EDGE_TOLERANCE = 15;
    /** Pictures narrower than this (twips; two inches) are taken for seals and icons, not tables. */
    private static final int MIN_PICTURE_TWIPS = 2880;

    private final List<Block> blocks = new ArrayList<>();
    private int tables;
    private int paragraphs;

    private final PicturesTable pictures;

    private DocReader(PicturesTable pictures) {
        this.pictures = pictures;
    }

    static Extraction read(HWPFDocument doc) {
        DocReader r = new DocReader(doc.getPicturesTable());
        Range boxes = doc.getMainTextboxRange();
        if (boxes != null) {
            for (int i = 0; i < boxes.numParagraphs(); i++) {
                r.paragraph(boxes.getParagraph(i).text());
            }
        }
        r.main(doc.getRange());
        return new Extraction(OfficeFormat.DOC, r.blocks, List.of());
    }

    private void main(Range range) {
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.getTableLevel() >= 1) {
                Table t = range.getTable(p);
                table(t);
                while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < t.getEndOffset()) {
                    i++;
                }
            } else {
                paragraph(p.text());
                pictures(p);
            }
        }
    }

    /** The pictures of a paragraph wide enough to hold a table, as images in reading order. */
    private void pictures(org.apache.poi.hwpf.usermodel.Paragraph p) {
        if (pictures == null) {
            return;
        }
        for (int k = 0; k < p.numCharacterRuns(); k++) {
            CharacterRun run = p.getCharacterRun(k);
            if (!pictures.hasPicture(run)) {
                continue;
            }
            Picture pic = pictures.extractPicture(run, false);
            if (pic == null || pic.getDxaGoal() > 0 && pic.getDxaGoal() * pic.getHorizontalScalingFactor() / 1000
                    < MIN_PICTURE_TWIPS) {
                continue; // a seal, an icon: no table
            }
            String path = "picture[" + pic.getStartOffset() + "]";
            blocks.add(Pictures.block(pic.getContent(), path, SourceSpan.path(path)));
        }
    }

    private void paragraph(String raw) {
        String t = text(raw);
        if (!t.isBlank()) {
            blocks.add(new Paragraph(t, SourceSpan.path("paragraph[" + paragraphs + "]")));
        }
        paragraphs++;
    }

    private void table(Table t) {
        int[] edges = edges(t);
        GridBuilder grid = new GridBuilder("table[" + tables++ + "]");
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            grid.startRow();
            int next = 0;
            for (int k = 0; k < row.numCells(); k++) {
                TableCell cell = row.getCell(k);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // legacy horizontal merge: the origin's slot stands for it
                }
                int from = Math.max(next, nearest(edges, cell.getLeftEdge()));
                int to = Math.max(from + 1, nearest(edges, cell.getLeftEdge() + cell.getWidth()));
                boolean below = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                grid.place(from, to - from, cellText(cell), below);
                next = to;
            }
        }
        blocks.add(grid.build());
    }

    private static String cellText(TableCell cell) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < cell.numParagraphs(); j++) {
            parts.add(text(cell.getParagraph(j).text()));
        }
        return Texts.joinLines(parts);
    }

    /** Paragraph text without field codes, cell marks and object anchors; line breaks as \n. */
    static String text(String raw) {
        String s = Range.stripFields(raw);
        s = s.replace('\u0007', '\n');
        return Texts.clean(s).strip();
    }

    private static int[] edges(Table t) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int k = 0; k < row.numCells(); k++) {
                TableCell c = row.getCell(k);
                all.add(c.getLeftEdge());
                all.add(c.getLeftEdge() + c.getWidth());
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int e : all) {
            if (merged.isEmpty() || e - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
                merged.add(e);
            }
        }
        return merged.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int nearest(int[] edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
                best = i;
            }
        }
        return best;
    }
}
