/**
 * How the PDF reader works: glyphs and ruling lines collected in one pass over each page, ruled grids
 * rebuilt into cells (merged where a line is missing), unruled tables found by column alignment, page
 * furniture dropped, tables stitched across page breaks and lines joined into paragraphs. Not API:
 * please don't depend on the classes here.
 */
package dev.gongkai.parser.pdf.internal;
