package dev.gongkai.layout.internal;

import dev.gongkai.layout.GridCell;
import java.util.List;

/**
 * A row of a glued table as read: its label and the value cells after it, each possibly holding
 * several of the row's cells run together.
 *
 * @param label the label cell's text
 * @param labelCell the label cell (its span names the row in problems)
 * @param tokens the value cells after the label, in document order
 * @param doubt {@code label-approximate} when the label was matched only with a typo tolerated, else {@code null}
 */
record GluedRow(Label label, GridCell labelCell, List<GridCell> tokens, String doubt) {
    GluedRow {
        tokens = List.copyOf(tokens);
    }
}
