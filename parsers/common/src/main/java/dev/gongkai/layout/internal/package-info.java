/**
 * The template interpreter's machinery: label normalisation and matching, table and section location,
 * digit-run splitting by the template's arithmetic. Not API: please don't depend on the classes here.
 */
package dev.gongkai.layout.internal;
