package dev.gongkai.cli.check;

import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem the reader reported while reading a file (a row with fewer cells than columns, a run of
 * digits that splits more than one way …), as the outputs show it next to the findings: what the
 * reader could not take from the document explains many a {@code values.blank}.
 *
 * @param code the problem's kebab-case kind, e.g. {@code ambiguous-split}
 * @param message its English description, naming the cells
 * @param span where in the source, or {@code null}
 */
public record ReaderNote(String code, String message, String span) {

    /** The notes of a reader's problems, in its order. */
    static List<ReaderNote> of(List<Problem> problems) {
        List<ReaderNote> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            SourceSpan s = p.span();
            out.add(new ReaderNote(p.code(), p.message(), s == null || s.equals(SourceSpan.UNKNOWN) ? null : s.toString()));
        }
        return List.copyOf(out);
    }
}
