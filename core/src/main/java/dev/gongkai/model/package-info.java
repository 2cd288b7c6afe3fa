/**
 * The report model: immutable records for a report and its three tables, the template's codes as
 * enums with their Chinese labels, and cells that keep blank apart from 0, their raw text and where
 * they were read. API.
 *
 * @since 0.1
 */
package dev.gongkai.model;
