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
 * @param problems one problem per undecided row or group (codes {@code ambiguous-split}, {@code
 *     split-impossible}, {@code split-undecided}), naming the row and the tokens
 * @param <R> the row type ({@code ApplicationRow}, {@code ReviewGroup}, {@code ActiveRow})
 */
public record SplitResult<R>(Map<R, List<BigDecimal>> values, List<Problem> problems) {
    public SplitResult {
        Map<R, List<BigDecimal>> copy = new LinkedHashMap<>();
        values.forEach((r, l) -> copy.put(r, Collections.unmodifiableList(new ArrayList<>(l))));
        values = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
    }

    /** True when every row given was decided. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
