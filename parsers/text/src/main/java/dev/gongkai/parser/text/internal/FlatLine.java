package dev.gongkai.parser.text.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.internal.CellText;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A crawler dump with single spaces between everything: the whole body on one line. The line is cut
 * at its spaces; runs of template labels, values and short header texts become one cell stream,
 * section headings and prose become paragraphs, the tokens of one sentence joined again. Values are
 * never split or joined here.
 */
final class FlatLine {

    /** Lines shorter than this are read as ordinary lines. */
    static final int MIN_LENGTH = 300;
    private static final int MIN_ROW_LABELS = 3;
    private static final int MAX_HEADER = 40;
    private static final int MAX_LABEL_TOKENS = 8;
    private static final int MAX_HEADERS_AHEAD = 12;
    private static final int REVIEW_SIZE = 15;
    private static final int APPLICATION_COLUMNS = 7;
    private static final int MAX_LABEL_CHARS = 64;
    /** What follows a number in a sentence (units, dates, punctuation), never a table's next cell. */
    private static final String PROSE_AFTER_NUMBER = "件条项次个篇人元万份起家批户年月日%％，,。；;：:）)";

    private final String line;
    private final int lineNo;
    private final List<Block> out;
    private List<GridCell> cells;
    private SourceSpan tableSpan;
    private boolean inRow;
    private final List<Integer> columns = new ArrayList<>();
    private StringBuilder prose;
    private SourceSpan proseSpan;

    private FlatLine(String line, int lineNo, List<Block> out) {
        this.line = line;
        this.lineNo = lineNo;
        this.out = out;
    }

    /** Reads the line into blocks when it is a spaced dump; false (nothing added) otherwise. */
    static boolean read(String line, int lineNo, List<Block> out) {
        if (line.length() < MIN_LENGTH || !looksFlat(line)) {
            return false;
        }
        new FlatLine(line, lineNo, out).run();
        return true;
    }

    private static boolean looksFlat(String line) {
        int labels = 0;
        String[] tokens = line.split(" ", -1);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (!t.isEmpty() && CellText.isRowLabel(t)) {
                if (CellText.isApplicationRowLabel(t) && shortRun(tokens, i + 1)) {
                    return false;
                }
                labels++;
            }
        }
        return labels >= MIN_ROW_LABELS && !labelRunIntoNumber(line);
    }

    /**
     * True when fewer tokens than table 三's seven cells follow a row label of it, the first a number:
     * some of the row's cells ran together ({@code 予以公开 8 100009}), a dump with mixed spacing.
     */
    private static boolean shortRun(String[] tokens, int from) {
        int n = 0;
        while (from + n < tokens.length && (tokens[from + n].isEmpty() || CellText.isValue(tokens[from + n]))) {
            n++;
        }
        return n > 0 && n < APPLICATION_COLUMNS && !tokens[from].isEmpty();
    }

    /**
     * True when a row label runs straight into its numbers somewhere ({@code 属于国家秘密0000000}): the
     * dump's spaces are not its cell boundaries, it is read as a glued dump. A number of a sentence
     * ({@code 行政许可28件}: a unit or punctuation after it) is no table's.
     */
    private static boolean labelRunIntoNumber(String line) {
        for (int k = 1; k < line.length(); k++) {
            char prev = line.charAt(k - 1);
            if (!isDigit(line.charAt(k)) || !(Character.isIdeographic(prev) || prev == ')' || prev == '）')) {
                continue;
            }
            int e = k;
            while (e < line.length() && (isDigit(line.charAt(e)) || line.charAt(e) == '.' || line.charAt(e) == '．')) {
                e++;
            }
            if ((e == line.length() || PROSE_AFTER_NUMBER.indexOf(line.charAt(e)) < 0)
                    && CellText.rowLabelStart(line, Math.max(0, k - MAX_LABEL_CHARS), k) >= 0) {
                return true;
            }
            k = e;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private void run() {
        List<String> tokens = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= line.length(); k++) {
            if (k == line.length() || line.charAt(k) == ' ') {
                tokens.add(line.substring(from, k));
                columns.add(from);
                from = k + 1;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            i = token(tokens, i, SourceSpan.text(lineNo, columns.get(i) + 1));
        }
        endTable();
        endProse();
    }

    /**
     * A token of prose: joined to the open paragraph (a sentence cut at its spaces) unless that one
     * is finished (。！？, a heading, a title, a date) or the token starts a line of its own (a heading,
     * a signing organ, a date).
     */
    private void prose(String t, SourceSpan span) {
        if (prose != null && !finished(prose.toString()) && !CellText.isHeading(t) && !CellText.isDate(t)
                && !CellText.isOrganName(t)) {
            prose.append(' ').append(t);
            return;
        }
        endProse();
        prose = new StringBuilder(t);
        proseSpan = span;
    }

    private static boolean finished(String p) {
        char last = p.charAt(p.length() - 1);
        return "。！？!?".indexOf(last) >= 0 || CellText.isHeading(p) || CellText.isDate(p)
                || (p.contains("报告") && isHeaderText(p));
    }

    private void endProse() {
        if (prose != null) {
            out.add(new Paragraph(prose.toString(), proseSpan));
            prose = null;
        }
    }

    /** Reads the token at {@code i} (with the next ones when they make up one label); the next index. */
    private int token(List<String> tokens, int i, SourceSpan span) {
        String t = tokens.get(i);
        if (t.isEmpty() || CellText.isValue(t)) {
            if (cells != null && inRow) {
                cells.add(GridCell.of(t, span));
            } else if (cells != null) {
                valueRun(tokens, i);
                return runEnd(tokens, i);
            } else if (!t.isEmpty()) {
                prose(t, span);
            }
            return i + 1;
        }
        int end = labelEnd(tokens, i);
        if (end > i) {
            String label = String.join(" ", tokens.subList(i, end));
            cell(label, span);
            inRow = CellText.isRowLabel(label);
            return end;
        }
        if (!CellText.isHeading(t) && isHeaderText(t) && (cells != null || labelAhead(tokens, i + 1))) {
            cell(t, span);
            inRow = false;
        } else {
            endTable();
            prose(t, span);
        }
        return i + 1;
    }

    /** The end of the shortest run of tokens from {@code i} that is one label (labels may hold spaces). */
    private static int labelEnd(List<String> tokens, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < tokens.size() && j < i + MAX_LABEL_TOKENS; j++) {
            String t = tokens.get(j);
            if (j > i && CellText.isValue(t)) {
                break;
            }
            sb.append(j > i ? " " : "").append(t);
            if (CellText.isLabel(sb.toString())) {
                return j + 1;
            }
        }
        return i;
    }

    /** True when a label follows within a few header texts: those headers open the table. */
    private static boolean labelAhead(List<String> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + MAX_HEADERS_AHEAD; j++) {
            String t = tokens.get(j);
            if (t.isEmpty() || CellText.isValue(t)) {
                continue;
            }
            if (labelEnd(tokens, j) > j) {
                return true;
            }
            if (CellText.isHeading(t) || !isHeaderText(t)) {
                return false;
            }
        }
        return false;
    }

    private static int runEnd(List<String> tokens, int i) {
        int j = i;
        while (j < tokens.size() && (tokens.get(j).isEmpty() || CellText.isValue(tokens.get(j)))) {
            j++;
        }
        return j;
    }

    /**
     * Values outside a row: the fifteen numbers of table 四 after its headers. One empty cell before
     * them (the header's corner) is layout, not a blank, when the run holds one cell more than the
     * table. Longer runs are kept whole (a stray number among them): the interpreter's arithmetic
     * tells the corner and the stray from the table's cells, or reports the row.
     */
    private void valueRun(List<String> tokens, int i) {
        int end = runEnd(tokens, i);
        int start = end - i == REVIEW_SIZE + 1 && tokens.get(i).isEmpty() ? i + 1 : i;
        for (int k = start; k < end; k++) {
            cell(tokens.get(k), SourceSpan.text(lineNo, columns.get(k) + 1));
        }
    }

    private void cell(String t, SourceSpan span) {
        endProse();
        if (cells == null) {
            cells = new ArrayList<>();
            tableSpan = span;
        }
        cells.add(GridCell.of(t, span));
    }

    /** Short text without sentence punctuation: a column header or a group label inside a table. */
    private static boolean isHeaderText(String t) {
        if (t.length() > MAX_HEADER) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("。，；,;".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private void endTable() {
        if (cells != null) {
            out.add(Table.stream(cells, tableSpan));
            cells = null;
            inRow = false;
        }
    }
}
