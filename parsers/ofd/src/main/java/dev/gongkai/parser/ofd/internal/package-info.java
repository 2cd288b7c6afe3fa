/** The OFD reader's machinery. Not API: please don't depend on the classes here. */
package dev.gongkai.parser.ofd.internal;
