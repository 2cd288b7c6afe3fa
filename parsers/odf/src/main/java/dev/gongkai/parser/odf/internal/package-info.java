/** The OpenDocument reader's machinery. Not API: please don't depend on the classes here. */
package dev.gongkai.parser.odf.internal;
