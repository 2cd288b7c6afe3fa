/**
 * The canonical JSON format {@code gongkai.report/1}: {@link dev.gongkai.json.ReportJson} reads and
 * writes it, and ships its JSON Schema. API.
 *
 * @since 0.1
 */
package dev.gongkai.json;
