package dev.gongkai.parser.text.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.internal.CellText;
import dev.gongkai.model.Section;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A crawler dump with nothing between cells: the whole body on one line, labels and numbers run
 * together ({@code （一）予以公开8100009（二）部分公开…}). The line is cut at the section headings found
 * in it; in each section, a run of numbers right after a row label (the longest row label the text
 * before the run ends with), or right after table 四's headers, is a value run, and the label, the
 * run and the header text between them become a {@link Table.Kind#GLUED} table, whose runs the
 * interpreter splits by the template's arithmetic. Text before a section's table is prose up to its
 * last full stop; numbers that follow no label stay in the prose.
 */
final class GluedLine {

    /** Lines shorter than this are read as ordinary lines. */
    static final int MIN_LENGTH = 300;
    /** Longer lines are no report body (a whole report is some 30,000 characters); read as prose. */
    static final int MAX_LENGTH = 200_000;
    /** Header text longer than this between two value runs is not searched for empty rows' labels. */
    private static final int MAX_HEADER = 400;
    private static final int MIN_ROWS = 3;
    /** Row labels a line must hold to be tried at all (a glued table 三 alone holds some twenty). */
    private static final int MIN_LABELS = 5;
    /** Digits a line must hold to be tried (one glued row of table 三 alone holds seven). */
    private static final int MIN_DIGITS = 20;
    private static final int MIN_REVIEW_HEADERS = 3;
    private static final int MAX_LABEL = 64;
    /** How long an unnumbered section heading may be. */
    private static final int MAX_UNNUMBERED_HEADING = 27;
    private static final Set<Section> TABLE_SECTIONS =
            EnumSet.of(Section.ACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION);
    /** What follows a number in a sentence (units, dates, punctuation), never a table's next label. */
    private static final String PROSE_AFTER_NUMBER = "件条项次个篇人元万份起家批户年月日%％，,。；;：:）)";

    private final String line;
    private final int lineNo;
    private final List<Block> out = new ArrayList<>();
    private int anchored;

    private GluedLine(String line, int lineNo) {
        this.line = line;
        this.lineNo = lineNo;
    }

    /** Reads the line into blocks when it is a glued dump; false (nothing added) otherwise. */
    static boolean read(String line, int lineNo, List<Block> blocks) {
        if (line.length() < MIN_LENGTH || line.length() > MAX_LENGTH || digits(line) < MIN_DIGITS
                || CellText.rowLabelsIn(line) < MIN_LABELS) {
            return false;
        }
        GluedLine g = new GluedLine(line, lineNo);
        g.run();
        if (g.anchored < MIN_ROWS) {
            return false;
        }
        blocks.addAll(g.out);
        return true;
    }

    private static int digits(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            n += isDigit(c) ? 1 : 0;
        }
        return n;
    }

    /** A section heading cut out of the line. */
    private record Cut(int at, int end, Section section) {}

    private void run() {
        int from = 0;
        Section zone = null;
        for (Cut c : headings()) {
            section(from, c.at(), false, zone, hasTables(zone, from));
            out.add(new Paragraph(line.substring(c.at(), c.end()), span(c.at())));
            zone = c.section();
            from = c.end();
        }
        section(from, line.length(), true, zone, hasTables(zone, from));
    }

    /**
     * The section headings in the line, in order: numbered ones ({@code 二、主动公开政府信息情况}), then,
     * for sections that have none, an unnumbered heading that is one of the template's
     * ({@code 主动公开政府信息情况}) standing where a heading can (after a sentence, a table's numbers or
     * the title) and in the template's order between the headings found.
     */
    private List<Cut> headings() {
        List<Cut> cuts = new ArrayList<>();
        for (int i = 0; i + 1 < line.length(); i++) {
            if ("一二三四五六".indexOf(line.charAt(i)) < 0 || "、.．,，".indexOf(line.charAt(i + 1)) < 0
                    || (i > 0 && "一二三四五六七八九十".indexOf(line.charAt(i - 1)) >= 0)) {
                continue;
            }
            int end = CellText.headingEnd(line, i);
            if (end > i) {
                cuts.add(new Cut(i, end, CellText.section(line.substring(i, end))));
                i = end - 1;
            }
        }
        Set<Section> numbered = EnumSet.noneOf(Section.class);
        cuts.forEach(c -> numbered.add(c.section()));
        if (numbered.size() == Section.values().length) {
            return cuts;
        }
        List<Cut> all = new ArrayList<>(cuts);
        Section last = null;
        int after = 0;
        for (int at : unnumberedStarts()) {
            if (at < after) {
                continue;
            }
            int end = CellText.headingEnd(line, at);
            Section s = end > at ? CellText.section(line.substring(at, end)) : null;
            if (s == null || numbered.contains(s) || (last != null && s.compareTo(last) <= 0) || !inOrder(cuts, at, s)) {
                continue;
            }
            all.add(new Cut(at, end, s));
            last = s;
            after = end;
        }
        all.sort((x, y) -> Integer.compare(x.at(), y.at()));
        return all;
    }

    /**
     * Where an unnumbered heading may start, in order: before a heading's ending ({@code 情况},
     * {@code 事项} …), after a sentence, a number, a row label (of a row whose cells were blank) or the
     * title — the earliest such place before each ending.
     */
    private List<Integer> unnumberedStarts() {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (String ending : CellText.HEADING_ENDINGS) {
            for (int e = line.indexOf(ending); e >= 0; e = line.indexOf(ending, e + 1)) {
                int end = e + ending.length();
                for (int i = Math.max(0, end - MAX_UNNUMBERED_HEADING); i < e; i++) {
                    if (Character.isIdeographic(line.charAt(i)) && boundary(i, end)) {
                        out.add(i);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private boolean boundary(int i, int end) {
        int p = i;
        while (p > 0 && line.charAt(p - 1) == ' ') {
            p--;
        }
        char prev = p == 0 ? '。' : line.charAt(p - 1);
        if ("。；;！!？?".indexOf(prev) >= 0 || isDigit(prev) || "—/／无-－".indexOf(prev) >= 0
                || (i >= 2 && line.startsWith("报告", i - 2))) {
            return true;
        }
        return Character.isIdeographic(prev) && CellText.isHeading(line.substring(i, end))
                && CellText.rowLabelStart(line, Math.max(0, p - MAX_LABEL), p) >= 0;
    }

    /** True when a heading of section {@code s} at {@code at} keeps the numbered headings in template order. */
    private static boolean inOrder(List<Cut> numbered, int at, Section s) {
        for (Cut c : numbered) {
            if (c.at() < at ? c.section().compareTo(s) >= 0 : c.section().compareTo(s) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Tables stand in sections 二 to 四, or anywhere when the dump has no headings. */
    private static boolean hasTables(Section zone, int from) {
        return zone == null ? from == 0 : TABLE_SECTIONS.contains(zone);
    }

    /**
     * The text of one section (or the preamble): prose, then a glued table if value runs follow labels.
     * Where a run follows no label written exactly, a misspelt one is looked for in {@code rows}
     * sections (those of tables 二 and 三), so that the row is read, or reported, not lost. A table
     * section whose numbers follow no label at all keeps them as a glued table of bare numbers after its
     * prose, so that the table is known to be there (unmapped), not missing.
     */
    private void section(int a, int b, boolean last, Section zone, boolean tables) {
        boolean rows = zone != Section.REVIEW_LITIGATION;
        List<GridCell> cells = null;
        int p = a;
        int pos = a;
        while (tables) {
            int q = nextRun(pos, b);
            if (q < 0) {
                break;
            }
            int e = runEnd(q, b);
            if (e <= q || (e < b && PROSE_AFTER_NUMBER.indexOf(line.charAt(e)) >= 0)) {
                pos = Math.max(e, q + 1);
                continue;
            }
            int s = CellText.rowLabelStart(line, Math.max(p, q - MAX_LABEL), q);
            if (s < 0 && rows) {
                s = CellText.rowLabelStartLoose(line, Math.max(p, q - MAX_LABEL), q);
            }
            if (s < 0 && (cells != null && !cells.isEmpty() || CellText.reviewHeadersIn(line.substring(p, q)) < MIN_REVIEW_HEADERS)) {
                pos = e;
                continue;
            }
            int textEnd = s >= 0 ? s : q;
            if (cells == null) {
                cells = new ArrayList<>();
                int prose = proseEnd(p, textEnd);
                if (prose > p) {
                    out.add(new Paragraph(line.substring(p, prose), span(p)));
                }
                p = prose;
            }
            header(p, textEnd, cells);
            if (s >= 0) {
                cells.add(GridCell.of(line.substring(s, q), span(s)));
                anchored++;
            }
            tokens(q, e, cells);
            p = e;
            pos = e;
        }
        if (cells == null) {
            prose(a, b, last);
            if (tables && TABLE_SECTIONS.contains(zone)) {
                bareNumbers(a, b);
            }
            return;
        }
        int s = CellText.rowLabelStart(line, Math.max(p, b - MAX_LABEL), b);
        if (s >= 0) {
            header(p, b, cells);
            p = b;
        }
        out.add(Table.glued(cells, cells.isEmpty() ? span(a) : cells.get(0).span()));
        prose(p, b, last);
    }

    /**
     * Header text between value runs; row labels inside it (rows whose cells were all blank, which
     * leave no trace in running text) become cells of their own so they are reported.
     */
    private void header(int from, int to, List<GridCell> cells) {
        int cur = from;
        int k = to - from > MAX_HEADER ? to + 1 : from + 2;
        while (k <= to) {
            int s = CellText.rowLabelStart(line, Math.max(cur, k - MAX_LABEL), k);
            if (s < 0) {
                k++;
                continue;
            }
            int end = k;
            for (int k2 = k + 1; k2 <= Math.min(to, k + 24); k2++) {
                if (CellText.rowLabelStart(line, s, k2) == s) {
                    end = k2;
                }
            }
            if (s > cur) {
                cells.add(GridCell.of(line.substring(cur, s), span(cur)));
            }
            cells.add(GridCell.of(line.substring(s, end), span(s)));
            cur = end;
            k = end + 2;
        }
        if (to > cur) {
            cells.add(GridCell.of(line.substring(cur, to), span(cur)));
        }
    }

    /**
     * A value run cut into tokens: numbers (signs and decimal points inside) and blank markers; a
     * space is a cell boundary.
     */
    private void tokens(int q, int e, List<GridCell> cells) {
        int i = q;
        while (i < e) {
            if (line.charAt(i) == ' ') { // a separator some dumps keep between a few of the cells
                i++;
                continue;
            }
            int j = i;
            if (isBlankMark(i, e)) {
                char c = line.charAt(i);
                j = i + 1;
                while (j < e && line.charAt(j) == c && j - i < 2) {
                    j++;
                }
            } else {
                while (j < e && line.charAt(j) != ' ' && !isBlankMark(j, e)
                        && (j == i || !isSign(line.charAt(j)) || isDigit(line.charAt(j - 1)))) {
                    j++;
                }
                if (j == i) {
                    j++;
                }
            }
            cells.add(GridCell.of(line.substring(i, j), span(i)));
            i = j;
        }
    }

    /**
     * The value runs of a table section in which no row label was found (not numbers of sentences:
     * those followed by a unit or punctuation), as a glued table of bare numbers when there are a
     * table's few at least.
     */
    private void bareNumbers(int a, int b) {
        List<GridCell> cells = new ArrayList<>();
        int runs = 0;
        int pos = a;
        for (int q = nextRun(pos, b); q >= 0; q = nextRun(pos, b)) {
            int e = runEnd(q, b);
            if (e > q && (e >= b || PROSE_AFTER_NUMBER.indexOf(line.charAt(e)) < 0) && digits(line.substring(q, e)) > 0) {
                tokens(q, e, cells);
                runs++;
            }
            pos = Math.max(e, q + 1);
        }
        if (runs >= MIN_ROWS) {
            out.add(Table.glued(cells, cells.get(0).span()));
        }
    }

    /** The first position at or after {@code from} where a value run may start, or -1. */
    private int nextRun(int from, int b) {
        for (int i = from; i < b; i++) {
            char c = line.charAt(i);
            if (isDigit(c) || isBlankMark(i, b) || (isSign(c) && i + 1 < b && isDigit(line.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The end of the run starting at {@code q}. A final digit followed by {@code .} or {@code 、} and
     * no digit is the next label's numbering ({@code …0002.其他…}), not a value.
     */
    private int runEnd(int q, int b) {
        int e = q;
        while (e < b && (isRunChar(line.charAt(e)) && (line.charAt(e) != '无' || isBlankMark(e, b))
                || (line.charAt(e) == ' ' && e > q && e + 1 < b && startsNumber(e + 1, b)))) {
            e++;
        }
        while (e > q && isDot(line.charAt(e - 1))) {
            e--;
        }
        boolean numbering = e < b && (isDot(line.charAt(e)) || line.charAt(e) == '、')
                && (e + 1 >= b || !isDigit(line.charAt(e + 1)));
        if (numbering && e > q && isDigit(line.charAt(e - 1)) && line.charAt(e - 1) != '0'
                && line.charAt(e - 1) != '０') {
            e--;
        }
        return e;
    }

    /** Where the prose before a table ends: after its last full stop (or nowhere). */
    private int proseEnd(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = line.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * Prose. At the end of the document a signature and date run on after the last full stop ({@code
     * …事项。某某局2024年1月20日}) become paragraphs of their own.
     */
    private void prose(int from, int to, boolean last) {
        if (to <= from) {
            return;
        }
        if (last) {
            int date = dateStart(from, to);
            int stop = date > from ? proseEnd(from, date) : from;
            if (date > from && stop > from && date > stop) {
                out.add(new Paragraph(line.substring(from, stop), span(from)));
                out.add(new Paragraph(line.substring(stop, date), span(stop)));
                out.add(new Paragraph(line.substring(date, to), span(date)));
                return;
            }
        }
        out.add(new Paragraph(line.substring(from, to), span(from)));
    }

    /** Where a date {@code 2024年1月20日} that ends the text starts, or -1. */
    private int dateStart(int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end <= from || line.charAt(end - 1) != '日') {
            return -1;
        }
        int i = end - 1;
        int fields = 0;
        while (i > from && fields < 3) {
            char c = line.charAt(i);
            if (c != '日' && c != '月' && c != '年') {
                return -1;
            }
            int j = i;
            while (j > from && isDigit(line.charAt(j - 1))) {
                j--;
            }
            if (j == i) {
                return -1;
            }
            fields++;
            i = j - 1;
            if (c == '年') {
                return j;
            }
        }
        return -1;
    }

    private boolean isBlankMark(int i, int b) {
        char c = line.charAt(i);
        if (c == '无') { // a blank marker only among numbers, never the first character of a word
            return i + 1 >= b || isDigit(line.charAt(i + 1)) || isRunChar(line.charAt(i + 1)) || line.charAt(i + 1) == '无';
        }
        return c == '—' || c == '/' || c == '／'
                || (isSign(c) && (i + 1 >= b || !isDigit(line.charAt(i + 1))) && i > 0 && !isDigit(line.charAt(i - 1)));
    }

    /** A number (possibly negative) or a blank marker starts at {@code i}. */
    private boolean startsNumber(int i, int b) {
        char c = line.charAt(i);
        return isDigit(c) || c == '—' || c == '/' || c == '／'
                || (isSign(c) && i + 1 < b && isDigit(line.charAt(i + 1)));
    }

    private static boolean isRunChar(char c) {
        return isDigit(c) || isSign(c) || isDot(c) || c == '—' || c == '/' || c == '／' || c == '无';
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '－' || c == '−';
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '．';
    }

    private SourceSpan span(int i) {
        return SourceSpan.text(lineNo, i + 1);
    }
}
