/**
 * How the OCR reader works: grey pages, deskewing, ruling lines and cell grids, the engine's process
 * and its word boxes. Not API: please don't depend on the classes here.
 */
package dev.gongkai.parser.ocr.internal;
