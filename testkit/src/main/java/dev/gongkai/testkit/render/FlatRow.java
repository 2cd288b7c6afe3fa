package dev.gongkai.testkit.render;

/**
 * One table row of a flattened (crawler-dump) rendering.
 *
 * @param table the table code
 * @param row the row code ({@code "all"} for table 四's single row of fifteen numbers)
 * @param cells the row's values as written, in order
 * @param written the values as they stand in the text (run together, or space-separated)
 * @param candidates how many ways the run-together digits split into this many cells so that the
 *     row's own arithmetic holds (table 三: the six applicant columns add up to 总计; table 四: each
 *     group adds up to its total; table 二 has none, so every split counts); 1 means the split is
 *     determined, -1 that a cell is blank or not a number, so no split is claimed. For space-separated
 *     renderings this is 1 whenever every cell is written.
 * @since 0.1
 */
public record FlatRow(String table, String row, java.util.List<String> cells, String written, long candidates) {
    public FlatRow {
        cells = java.util.List.copyOf(cells);
    }
}
