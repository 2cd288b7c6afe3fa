/**
 * The parser SPI: implement {@link dev.gongkai.spi.ReportParser} and register it with
 * {@link java.util.ServiceLoader} to teach gongkai a new format. API.
 *
 * @since 0.1
 */
package dev.gongkai.spi;
