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
 * @param <R> the row type ({@code ApplicationRow}, {@code ReviewGroup}, {@code ActiveRow})
 */
public record SplitResult<R>(Map<R, List<BigDecimal>> values, Map<R, List<String>> texts, List<Problem> problems) {
    public SplitResult {
        values = copy(values);
        texts = copy(texts);
        problems = List.copyOf(problems);
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
