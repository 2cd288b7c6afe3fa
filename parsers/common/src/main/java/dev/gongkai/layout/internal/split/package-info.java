/**
 * Splits digit runs that crawler dumps glued together ({@code 8100009} for a seven-cell row) back into
 * cells, using only what the template guarantees: numbers have no leading zeros, tokens separated by
 * spaces are cell boundaries, and the tables' own arithmetic (row sums, column sums, the balance).
 * Where more than one split fits, no value is returned and a problem names the cells. Work is capped
 * by node budgets, so an input that cannot be settled cheaply is reported, never waited on.
 *
 * <p>Not API: please don't depend on the classes here. Entry point: {@link
 * dev.gongkai.layout.internal.split.ArithmeticSplitter}.
 */
package dev.gongkai.layout.internal.split;
