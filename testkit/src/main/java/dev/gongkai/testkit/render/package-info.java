/**
 * Renderers (API): write a {@link dev.gongkai.model.Report} as the document shapes real reports come in
 * (SPEC §5) — plain text with tab or pipe cells, flattened crawler dumps, Markdown, HTML — with seeded
 * {@link dev.gongkai.testkit.render.Variation}s and byte {@link dev.gongkai.testkit.render.Encoding}s;
 * {@link dev.gongkai.testkit.render.Damage} puts invalid byte sequences into the encoded bytes.
 * Renderers share no code with the readers.
 */
package dev.gongkai.testkit.render;
