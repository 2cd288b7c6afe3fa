/**
 * Small runnable programs that use the library, each run by a test so that they keep working:
 * {@link dev.gongkai.examples.ParseFile}, {@link dev.gongkai.examples.ValidateWithConfig},
 * {@link dev.gongkai.examples.FeesCeilingRule} (a custom rule registered through ServiceLoader),
 * {@link dev.gongkai.examples.CrossYearCheck} and {@link dev.gongkai.examples.BatchOverFolder}. Not API.
 */
package dev.gongkai.examples;
