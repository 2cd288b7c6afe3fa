/**
 * The facade ({@link dev.gongkai.Gongkai}) and the typed errors of unreadable documents. API.
 *
 * @since 0.1
 */
package dev.gongkai;
