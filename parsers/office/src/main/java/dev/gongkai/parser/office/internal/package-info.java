/**
 * The POI-based machinery of the office readers: format sniffing, bounded reading, and the block
 * extraction of each format. Not API: please don't depend on the classes here.
 */
package dev.gongkai.parser.office.internal;
