package dev.gongkai.parser.ocr.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the value cells of a page as digits in one engine call: each cell's ink, cut inside its
 * ruling lines and scaled to about 300 dpi, is stacked under the others with a white gap, and the
 * words found are mapped back to their cell by their band. Not API.
 */
final class Digits {

    private static final int MARGIN = 20;
    private static final int GAP = 40;

    private Digits() {}

    /** Recognises every inked cell's text (Chinese), then the cells without Chinese as digits. */
    static void read(Grey page, List<CellRead> cells, int dpi) throws IOException {
        List<CellRead> inked = new ArrayList<>();
        for (CellRead c : cells) {
            if (c.inkBox != null) {
                inked.add(c);
            }
        }
        List<List<Word>> text = stacked(page, inked, dpi, false);
        for (int i = 0; i < inked.size(); i++) {
            inked.get(i).words.addAll(text.get(i));
        }
        List<CellRead> values = new ArrayList<>();
        for (CellRead c : inked) {
            if (c.valueLike()) {
                values.add(c);
            }
        }
        List<List<Word>> found = stacked(page, values, dpi, true);
        for (int i = 0; i < values.size(); i++) {
            List<Word> ws = found.get(i);
            StringBuilder s = new StringBuilder();
            double conf = 100;
            for (Word w : ws) {
                s.append(w.text());
                conf = Math.min(conf, w.conf());
            }
            values.get(i).digits = s.toString();
            values.get(i).confidence = ws.isEmpty() ? 0 : conf;
        }
    }

    /** The words found in each cell's crop, the crops stacked into one image for one engine call. */
    private static List<List<Word>> stacked(Grey page, List<CellRead> values, int dpi, boolean digits)
            throws IOException {
        List<List<Word>> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            found.add(new ArrayList<>());
        }
        if (values.isEmpty()) {
            return found;
        }
        double scale = Math.max(1.0, 300.0 / dpi);
        int pad = Math.max(2, dpi / 60);
        List<Grey> crops = new ArrayList<>();
        int width = 0, height = MARGIN;
        int[] bandTop = new int[values.size()];
        int[] bandBottom = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            int[] b = values.get(i).inkBox;
            Grey crop = page.crop(Math.max(0, b[0] - pad), Math.max(0, b[1] - pad), Math.min(page.width, b[2] + pad),
                    Math.min(page.height, b[3] + pad), scale);
            crops.add(crop);
            width = Math.max(width, crop.width);
            bandTop[i] = height;
            height += crop.height;
            bandBottom[i] = height;
            height += GAP;
        }
        Grey stack = Grey.white(width + 2 * MARGIN, height + MARGIN);
        for (int i = 0; i < crops.size(); i++) {
            stack.paste(crops.get(i), MARGIN, bandTop[i]);
        }
        for (Word w : digits ? Engine.digits(stack) : Engine.text(stack)) {
            int y = w.centreY();
            for (int i = 0; i < values.size(); i++) {
                if (y >= bandTop[i] - GAP / 2 && y < bandBottom[i] + GAP / 2) {
                    found.get(i).add(w);
                    break;
                }
            }
        }
        for (List<Word> ws : found) {
            ws.sort((a, b) -> Integer.compare(a.left(), b.left()));
        }
        return found;
    }
}
