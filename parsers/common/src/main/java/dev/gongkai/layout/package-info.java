/**
 * The format-neutral form every reader produces ({@link dev.gongkai.layout.Block}s: paragraphs and
 * cell grids or streams, each with its source span) and the {@link dev.gongkai.layout.TemplateInterpreter}
 * that maps it onto the report template. API for parser authors.
 *
 * @since 0.1
 */
package dev.gongkai.layout;
