/**
 * Internals of the JSON codec. Not API: please don't depend on the classes here; they may change
 * in any release.
 */
package dev.gongkai.json.internal;
