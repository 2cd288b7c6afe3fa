/**
 * Tables and paragraphs of fixed-layout pages (PDF, OFD): a reader collects each page's glyphs with
 * their positions and its ruling lines ({@link dev.gongkai.layout.page.PageLayout},
 * {@link dev.gongkai.layout.page.PathRecorder}); {@link dev.gongkai.layout.page.PageBlocks} rebuilds
 * the cells from the lines (or from column alignment) and the reading order. API for parser authors.
 *
 * @since 0.1
 */
package dev.gongkai.layout.page;
