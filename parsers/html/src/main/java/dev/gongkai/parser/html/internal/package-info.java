/**
 * The HTML reader's implementation: byte decoding (BOM, declared charset, detection), the walk from
 * the DOM to paragraphs and expanded cell grids, and the search for the element that holds the report.
 * Not API: please don't depend on the classes here; use {@link dev.gongkai.Gongkai}.
 */
package dev.gongkai.parser.html.internal;
