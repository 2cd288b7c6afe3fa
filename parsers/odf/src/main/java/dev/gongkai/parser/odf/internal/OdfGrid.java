package dev.gongkai.parser.odf.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.internal.SheetCut;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ODF table as a {@link Table.Kind#GRID}: a cell spanning columns or rows fills the slots it covers
 * (ODF writes them as {@code covered-table-cell}s) with its text, marked merged; repeated rows and
 * columns are written out when they hold text (a spreadsheet's million repeated empty rows are not),
 * and trailing empty slots and rows are dropped. Spans are {@code table[i]/row[r]/cell[c]}. Not API.
 */
final class OdfGrid {

    /** Slots a document may hold in all; past it the document is refused as too large. */
    static final int MAX_SLOTS = 2_000_000;
    /** Columns a row keeps at most (a spreadsheet repeats empty columns to 16,384). */
    static final int MAX_COLUMNS = 1024;

    private final String path;
    private final String what;
    private final List<List<GridCell>> rows = new ArrayList<>();
    private final Map<Long, String> covered = new HashMap<>();
    private List<GridCell> row;
    private int rowRepeat;
    private List<String> parts;
    private boolean cellCovered;
    private int cellRepeat;
    private int colSpan;
    private int rowSpan;
    private String value;
    private long slots;

    OdfGrid(String path, String what) {
        this.path = path;
        this.what = what;
    }

    void startRow(int repeat) {
        row = new ArrayList<>();
        rowRepeat = repeat;
    }

    void startCell(boolean isCovered, int repeat, int colSpan, int rowSpan, String value) {
        parts = new ArrayList<>();
        cellCovered = isCovered;
        cellRepeat = repeat;
        this.colSpan = colSpan;
        this.rowSpan = rowSpan;
        this.value = value;
    }

    void cellText(String paragraph) {
        if (parts != null && !paragraph.isBlank()) {
            parts.add(paragraph.strip());
        }
    }

    void endCell() throws UnreadableDocumentException {
        if (row == null || parts == null) {
            return;
        }
        String text = String.join("\n", parts);
        if (text.isEmpty() && value != null && !cellCovered) {
            text = value.strip();
        }
        int r = rows.size();
        int count = text.isEmpty() ? Math.min(cellRepeat, MAX_COLUMNS) : cellRepeat;
        for (int k = 0; k < count && row.size() < MAX_COLUMNS; k++) {
            int c = row.size();
            if (cellCovered) {
                String origin = covered.get(key(r, c));
                row.add(new GridCell(origin == null ? "" : origin, span(r, c), true));
            } else {
                row.add(new GridCell(text, span(r, c), false));
                if (colSpan > 1 || rowSpan > 1) {
                    for (int dr = 0; dr < Math.min(rowSpan, 10_000); dr++) {
                        for (int dc = 0; dc < Math.min(colSpan, MAX_COLUMNS); dc++) {
                            if (dr > 0 || dc > 0) {
                                covered.put(key(r + dr, c + dc), text);
                            }
                        }
                    }
                }
            }
            count(1);
        }
        parts = null;
    }

    void endRow() throws UnreadableDocumentException {
        if (row == null) {
            return;
        }
        int end = row.size();
        while (end > 0 && row.get(end - 1).text().isEmpty()) {
            end--;
        }
        List<GridCell> kept = new ArrayList<>(row.subList(0, end));
        int copies = end == 0 ? 1 : rowRepeat;
        for (int k = 0; k < copies; k++) {
            int r = rows.size();
            if (k == 0) {
                rows.add(kept);
            } else {
                List<GridCell> copy = new ArrayList<>(kept.size());
                for (int c = 0; c < kept.size(); c++) {
                    copy.add(new GridCell(kept.get(c).text(), span(r, c), kept.get(c).merged()));
                }
                rows.add(copy);
                count(copy.size() + 1);
            }
        }
        row = null;
    }

    /** The table of a text document; none when it holds no row. */
    Optional<Block> build() {
        int end = rows.size();
        while (end > 0 && rows.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 0) {
            return Optional.empty();
        }
        return Optional.of(Table.grid(rows.subList(0, end), SourceSpan.path(path)));
    }

    /** The blocks of a sheet, cut as the spreadsheet reader cuts one ({@link SheetCut}). */
    List<Block> sheet() {
        return SheetCut.blocks(rows, this::span);
    }

    private void count(long n) throws UnreadableDocumentException {
        slots += n;
        if (slots > MAX_SLOTS) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE, what
                    + " holds a table of more than " + MAX_SLOTS + " cells (repeated rows or columns); refused");
        }
    }

    private SourceSpan span(int r, int c) {
        return SourceSpan.path(path + "/row[" + r + "]/cell[" + c + "]");
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
