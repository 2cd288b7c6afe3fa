/**
 * Reports laid out on fixed-layout pages ({@link dev.gongkai.testkit.render.page.ReportPages},
 * {@link dev.gongkai.testkit.render.page.PageFlow}) for any {@link dev.gongkai.testkit.render.page.PageCanvas}:
 * the PDF and OFD test writers draw the same pages.
 *
 * @since 0.1
 */
package dev.gongkai.testkit.render.page;
