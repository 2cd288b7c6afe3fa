package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.Block;
import org.jsoup.nodes.Element;

/**
 * A block found in the page together with the element it came from (the innermost block element
 * around a paragraph; the {@code <table>} of a table), so that the report's container can be chosen
 * and page furniture dropped after the walk.
 */
record Item(Block block, Element owner) {}
