package dev.gongkai.parser.ocr.internal;

import dev.gongkai.model.SourceSpan;
import java.util.Locale;

/** Where a page image is and how to name a box in it in a source span. Not API. */
record Place(int page, String path, int dpi) {

    SourceSpan span(int x0, int y0, int x1, int y1) {
        return SourceSpan.page(page, String.format(Locale.ROOT, "%sx=%d y=%d w=%d h=%d px@%ddpi",
                path == null ? "" : path + " ", x0, y0, x1 - x0, y1 - y0, dpi));
    }
}
