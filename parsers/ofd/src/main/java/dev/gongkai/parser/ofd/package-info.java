/**
 * The OFD reader, {@link dev.gongkai.parser.ofd.OfdParser}: China's national fixed-layout format for
 * electronic documents (GB/T 33190-2016), read through ofdrw. API.
 *
 * @since 0.1
 */
package dev.gongkai.parser.ofd;
