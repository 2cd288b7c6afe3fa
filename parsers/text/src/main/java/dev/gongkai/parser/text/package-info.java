/**
 * The {@code text} parser: plain text and Markdown reports (UTF-8 with or without BOM, UTF-16,
 * GBK/GB18030). API: the parser class, normally used through {@link dev.gongkai.Gongkai}.
 *
 * @since 0.1
 */
package dev.gongkai.parser.text;
