package dev.gongkai.testkit.render;

import dev.gongkai.model.Report;

/**
 * Writes a report as a document of one shape. Renderers write documents only; they share no code
 * with the readers. The same report and options give the same bytes every time.
 *
 * @since 0.1
 */
public interface Renderer {

    /** Renders the report. */
    Rendering render(Report report, RenderOptions options);

    /** The variations this renderer can apply. */
    java.util.Set<Variation> supported();
}
