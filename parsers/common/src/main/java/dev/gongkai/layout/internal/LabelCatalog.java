package dev.gongkai.layout.internal;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template's table labels and their variants, matched as whole cells (never as substrings) after
 * normalisation, with a bounded edit distance for typos. Thread-safe and shared.
 */
public final class LabelCatalog {

    /** Keys too short or too common to be a row label unless the cell is numbered. */
    private static final List<String> NEEDS_NUMBERING = List.of("其他", "总计");

    private static final LabelCatalog INSTANCE = new LabelCatalog();

    private static final int MEMO_LIMIT = 20_000;
    private static final int MIN_PREFIX = 6;
    private static final int MAX_DISTANCE = 16;
    private static final Label NONE = new Label(Label.Kind.COLUMN_HEADER, null, null, null);

    private final Map<String, Label> exact = new HashMap<>();
    /** Cell texts already matched (labels recur from report to report); bounded. */
    private final Map<String, Label> memo = new ConcurrentHashMap<>();
    private final List<Map.Entry<String, Label>> fuzzy = new ArrayList<>();
    /** Numbering and key of the template's numbered row labels ({@code (一)予以公开}), for short keys with typos. */
    private final List<Map.Entry<String, Label>> numbered = new ArrayList<>();
    /** Keys of the row labels of tables 二 and 三 without their numbering, for running text. */
    private final List<String> rowKeys = new ArrayList<>();
    /** Keys of the headers (column headers, table 四's headers), for finding them inside running text. */
    private final List<Map.Entry<String, Label>> headers = new ArrayList<>();

    private LabelCatalog() {
        for (ApplicationRow r : ApplicationRow.values()) {
            add(r.label(), Label.application(r));
            String n = Normalizer.normalise(r.label());
            numbered.add(Map.entry(Normalizer.numbering(n) + Normalizer.key(r.label()), Label.application(r)));
        }
        add("信访投诉举报类申请", Label.application(ApplicationRow.NOT_PROCESSED_COMPLAINT));
        add("其他法律行政止公开", Label.application(ApplicationRow.DENIED_PROHIBITED_BY_LAW));
        add("其他法律法规禁止公开", Label.application(ApplicationRow.DENIED_PROHIBITED_BY_LAW));
        add("部分公开", Label.application(ApplicationRow.PARTIALLY_GRANTED));
        add("本年新收政府信息公开申请", Label.application(ApplicationRow.NEW_RECEIVED));
        add("上年结转政府信息公开申请", Label.application(ApplicationRow.CARRIED_OVER));
        add("结转下年度继续办理", Label.application(ApplicationRow.CARRIED_FORWARD));
        for (ActiveRow r : ActiveRow.values()) {
            add(r.label(Edition.E2019), Label.active(r));
            add(r.label(Edition.E2021), Label.active(r));
        }
        for (String s : List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
                "未经复议直接起诉", "复议后起诉")) {
            add(s, Label.review());
        }
        for (String s : List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
                "本年增/减", "处理决定数量", "采购项目数量", "采购总金额")) {
            add(s, Label.column(Edition.E2019));
        }
        for (String s : List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
                "本年收费金额（单位：万元）", "本年收费金额")) {
            add(s, Label.column(Edition.E2021));
        }
    }

    /** The shared catalog. */
    public static LabelCatalog get() {
        return INSTANCE;
    }

    private void add(String label, Label l) {
        String k = Normalizer.key(label);
        exact.putIfAbsent(k, l);
        if (l.kind() == Label.Kind.COLUMN_HEADER || l.kind() == Label.Kind.REVIEW_HEADER) {
            headers.add(Map.entry(k, l));
        } else if (k.length() > 2 && !rowKeys.contains(k)) {
            rowKeys.add(k);
        }
        if (k.length() > 4) {
            fuzzy.add(Map.entry(k, l));
        }
    }

    /** What a cell's text is, or {@code null} when it is no label of the template. */
    public Label match(String text) {
        if (text.length() > 120) {
            return null;
        }
        Label known = memo.get(text);
        if (known != null) {
            return known == NONE ? null : known;
        }
        Label l = compute(text);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(text, l == null ? NONE : l);
        }
        return l;
    }

    /**
     * What a text is when it is exactly a label (after normalisation and wording variants), without
     * tolerating typos and without memoising: for probing many substrings of running text.
     */
    Label matchExact(String text) {
        return exact(Normalizer.normalise(text));
    }

    /**
     * True when a text, matched to {@code matched} by {@link #match}, was matched only with a typo tolerated (not exactly, nor as one of the
     * template's known wording variants, nor as the start of one cut off by a line break): the problem
     * {@value #APPROXIMATE}.
     */
    public boolean approximate(String text, Label matched) {
        return matched != null && !matched.equals(matchExact(text)) && !cutFrom(text, matched);
    }

    /** True when a text is the start of one of the label's written forms (a label wrapped onto the next line). */
    private boolean cutFrom(String text, Label l) {
        String k = Normalizer.key(text);
        if (k.length() < MIN_PREFIX) {
            return false;
        }
        for (Map.Entry<String, Label> e : fuzzy) {
            if (e.getValue().equals(l) && e.getKey().startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    /** Problem code of a row label matched with a typo. */
    public static final String APPROXIMATE = "label-approximate";

    /** The exact match of a normalised text, or {@code null}. */
    private Label exact(String n) {
        String stripped = Normalizer.stripNumbering(n);
        String k = Normalizer.keyOf(stripped);
        if (k.isEmpty() || (NEEDS_NUMBERING.contains(k) && stripped.length() == n.length())) {
            return null;
        }
        return exact.get(k);
    }

    /**
     * How many different row labels (of three characters or more) are written inside a text as they
     * are (no normalisation: a cheap lower bound, for deciding whether to look closer).
     */
    int rowLabelsIn(String text) {
        int n = 0;
        for (String r : rowKeys) {
            n += text.contains(r) ? 1 : 0;
        }
        return n;
    }

    /** The headers written somewhere inside a text (running text of a crawler dump), in catalog order. */
    List<Label> headersIn(String text) {
        String k = Normalizer.key(text);
        List<Label> out = new ArrayList<>();
        for (Map.Entry<String, Label> h : headers) {
            if (k.contains(h.getKey())) {
                out.add(h.getValue());
            }
        }
        return out;
    }

    /**
     * The row label of table 三 that a cut-off cell begins, for a label wrapped around its numbers
     * (text extracted from a PDF): the cell's key, at least {@value #MIN_PREFIX} letters long, starts
     * exactly one row label's key. {@code null} when it starts none or several, or is a whole label.
     */
    public Label matchPrefix(String text) {
        if (text.length() > 120) {
            return null;
        }
        String k = Normalizer.key(text);
        if (k.length() < MIN_PREFIX) {
            return null;
        }
        Label found = null;
        for (Map.Entry<String, Label> e : fuzzy) {
            Label l = e.getValue();
            if (l.kind() == Label.Kind.APPLICATION_ROW && e.getKey().length() > k.length() && e.getKey().startsWith(k)) {
                if (found != null && !found.equals(l)) {
                    return null;
                }
                found = l;
            }
        }
        return found;
    }

    /**
     * What a text is, typos tolerated as in {@link #match}, without memoising: for probing the
     * substrings of running text where the template expects a row label.
     */
    Label matchLoose(String text) {
        return text.length() > 120 ? null : compute(text);
    }

    /** How far a text is from the nearest written form of {@code label} (0 for an exact match). */
    int distance(String text, Label label) {
        String n = Normalizer.normalise(text);
        if (label.equals(exact(n))) {
            return 0;
        }
        String k = Normalizer.keyOf(Normalizer.stripNumbering(n));
        String nk = Normalizer.numbering(n) + k;
        int d = Integer.MAX_VALUE;
        for (Map.Entry<String, Label> e : fuzzy) {
            if (e.getValue().equals(label)) {
                d = Math.min(d, EditDistance.within(k, e.getKey(), MAX_DISTANCE));
            }
        }
        for (Map.Entry<String, Label> e : numbered) {
            if (e.getValue().equals(label)) {
                d = Math.min(d, EditDistance.within(nk, e.getKey(), MAX_DISTANCE));
            }
        }
        return d;
    }

    /**
     * The label a text is: exact; else the one label within the allowed edit distance of its key (a
     * tie is no match); else, for a numbered text, the one numbered row label within the distance
     * allowed for numbering and key together, so that short labels ({@code （一）予以公布}) are matched
     * by their numbering and a one-character typo.
     */
    private Label compute(String text) {
        String n = Normalizer.normalise(text);
        Label l = exact(n);
        if (l != null) {
            return l;
        }
        String stripped = Normalizer.stripNumbering(n);
        String k = Normalizer.keyOf(stripped);
        if (k.isEmpty() || NEEDS_NUMBERING.contains(k)) {
            return null;
        }
        Label best = nearest(k, fuzzy);
        if (best != null || stripped.length() == n.length()) {
            return best == NONE ? null : best;
        }
        best = nearest(Normalizer.numbering(n) + k, numbered);
        return best == NONE ? null : best;
    }

    /** The one entry nearest to {@code k} within the allowed distance, {@link #NONE} on a tie, or {@code null}. */
    private static Label nearest(String k, List<Map.Entry<String, Label>> entries) {
        int max = EditDistance.allowed(k.length());
        if (max == 0) {
            return null;
        }
        Label best = null;
        int bestDistance = max + 1;
        boolean tie = false;
        for (Map.Entry<String, Label> e : entries) {
            int bound = Math.min(max, EditDistance.allowed(e.getKey().length()));
            int d = EditDistance.within(k, e.getKey(), bound);
            if (d > bound) {
                continue;
            }
            if (d < bestDistance) {
                best = e.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != null && !best.equals(e.getValue())) {
                tie = true;
            }
        }
        return tie ? NONE : best;
    }
}
