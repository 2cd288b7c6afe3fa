package dev.gongkai.layout.internal.split;

import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a split decided.
 *
 * @param values the rows whose split is certain, in template order; each list has exactly the row's
 *     column count, in column order; an element is {@code null} where the source wrote a blank marker
 *     ({@code —}, {@code /}, {@code 无}, a lone {@code -}) for that cell. Rows that could not be decided
 *     are absent.
 * @param texts for each row in {@code values}, each cell's text as the split cut it (ASCII digits,
 *     {@code '-'} and {@code '.'}; a blank marker's whole token), in column order
 * @param problems one problem per undecided row or group (codes {@code ambiguous-split}, {@code
 *     split-impossible}, {@code split-undecided}), naming the row and the tokens
 * @param agreed for rows (or groups) that split more than one way that fits the sums ({@code
 *     ambiguous-split}), the cells on which every split that fits the row's own arithmetic agrees, in
 *     column order, {@code null} where they differ; the other rows are absent
 * @param <R> the row type ({@code ApplicationRow}, {@code ReviewGroup}, {@code ActiveRow})
 */
public record SplitResult<R>(Map<R, List<BigDecimal>> values, Map<R, List<String>> texts, List<Problem> problems,
        Map<R, List<Agreed>> agreed) {

    /** A cell every fitting split gives the same value (null: a blank marker) and text. */
    public record Agreed(BigDecimal value, String text) {}

    public SplitResult {
        values = copy(values);
        texts = copy(texts);
        problems = List.copyOf(problems);
        agreed = copy(agreed);
    }

    /** A result without agreed cells of undecided rows. */
    public SplitResult(Map<R, List<BigDecimal>> values, Map<R, List<String>> texts, List<Problem> problems) {
        this(values, texts, problems, Map.of());
    }

    private static <R, T> Map<R, List<T>> copy(Map<R, List<T>> m) {
        Map<R, List<T>> copy = new LinkedHashMap<>();
        m.forEach((r, l) -> copy.put(r, Collections.unmodifiableList(new ArrayList<>(l))));
        return Collections.unmodifiableMap(copy);
    }

    /** True when every row given was decided. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
