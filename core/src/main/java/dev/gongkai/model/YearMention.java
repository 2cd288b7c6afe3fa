package dev.gongkai.model;

/**
 * A year the document states, and where: {@code "title"}, {@code "period"} (the statistical period of the
 * preamble) or {@code "body"}.
 *
 * @param where where the year was stated
 * @param year the year
 * @param quote the text it was read from
 * @since 0.1
 */
public record YearMention(String where, int year, String quote) {}
