/**
 * The OpenDocument reader, {@link dev.gongkai.parser.odf.OdfParser}: LibreOffice's and the domestic
 * suites' .odt and .ods files and their flat XML forms (.fodt, .fods), judged by their bytes. API.
 *
 * @since 0.1
 */
package dev.gongkai.parser.odf;
