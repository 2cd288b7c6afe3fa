/**
 * Decoding and line layout of the text reader. Not API: please don't depend on the classes here.
 */
package dev.gongkai.parser.text.internal;
