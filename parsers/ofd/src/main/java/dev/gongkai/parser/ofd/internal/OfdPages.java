package dev.gongkai.parser.ofd.internal;

import dev.gongkai.layout.page.Glyph;
import dev.gongkai.layout.page.PageLayout;
import dev.gongkai.layout.page.PathRecorder;
import java.util.ArrayList;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.PageInfo;

/**
 * One OFD page as a {@link PageLayout}: every text object's characters placed by their text code's
 * X/Y and DeltaX (OFD's {@code g} repeats expanded), the object's CTM and boundary, and every path
 * object's straight segments and thin filled boxes as ruling lines (through {@link PathRecorder});
 * millimetres become points. Image objects are counted: a page with images and no text is a scan.
 * Not API.
 */
final class OfdPages {

    static final float PT = 72f / 25.4f;
    private static final int MAX_DEPTH = 64;

    private final List<Glyph> glyphs = new ArrayList<>();
    private final PathRecorder paths = new PathRecorder();
    private final List<ImageObject> images = new ArrayList<>();

    private OfdPages() {
        paths.startPage(0, 0, false);
    }

    /** A page read; {@code imagesOut} receives its image objects. */
    static PageLayout page(int number, PageInfo info, List<ImageObject> imagesOut) {
        OfdPages p = new OfdPages();
        for (CT_Layer layer : info.getAllLayer()) {
            p.block(layer, 0);
        }
        imagesOut.addAll(p.images);
        ST_Box size = info.getSize();
        float w = size == null ? 595 : (float) (size.getWidth() * PT);
        float h = size == null ? 842 : (float) (size.getHeight() * PT);
        return new PageLayout(number, w, h, p.glyphs, p.paths.rulings(), !p.images.isEmpty(), 0);
    }

    private void block(CT_PageBlock block, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PageBlockType t : block.getPageBlocks()) {
            if (t instanceof TextObject text) {
                text(text);
            } else if (t instanceof PathObject path) {
                path(path);
            } else if (t instanceof ImageObject image) {
                images.add(image);
            } else if (t instanceof CT_PageBlock inner) {
                block(inner, depth + 1);
            }
        }
    }

    private void text(TextObject t) {
        Transform tf = Transform.of(t.getBoundary(), t.getCTM());
        Double sizeValue = t.getSize();
        double size = sizeValue == null ? 3.5 : sizeValue;
        float fontSize = (float) (size * tf.scale() * PT);
        double x = 0, y = 0;
        for (TextCode code : t.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isEmpty()) {
                continue;
            }
            if (code.getX() != null) {
                x = code.getX();
            }
            if (code.getY() != null) {
                y = code.getY();
            }
            double[] dx = deltas(code.attributeValue("DeltaX"));
            int i = 0;
            for (int k = 0; k < content.length(); ) {
                int cp = content.codePointAt(k);
                k += Character.charCount(cp);
                double advance = i < dx.length ? dx[i] : (cp >= 0x2E80 ? size : size / 2);
                if (!Character.isISOControl(cp)) {
                    float[] p = tf.apply(x, y);
                    glyphs.add(new Glyph(new String(Character.toChars(cp)), p[0] * PT, p[1] * PT,
                            (float) (advance * tf.scale() * PT), fontSize, fontSize));
                }
                x += advance;
                i++;
            }
        }
    }

    private void path(PathObject p) {
        String data = p.getAbbreviatedData();
        if (data == null) {
            return;
        }
        Transform tf = Transform.of(p.getBoundary(), p.getCTM());
        Boolean strokeValue = p.getStroke();
        Boolean fillValue = p.getFill();
        boolean stroke = strokeValue == null || strokeValue;
        boolean fill = fillValue != null && fillValue;
        String[] tok = data.trim().split("\\s+");
        int i = 0;
        try {
            while (i < tok.length) {
                String op = tok[i++];
                switch (op) {
                    case "S", "M" -> { float[] q = tf.apply(num(tok[i]), num(tok[i + 1])); i += 2; paths.moveTo(q[0] * PT, q[1] * PT); }
                    case "L" -> { float[] q = tf.apply(num(tok[i]), num(tok[i + 1])); i += 2; paths.lineTo(q[0] * PT, q[1] * PT); }
                    case "Q" -> { float[] q = tf.apply(num(tok[i + 2]), num(tok[i + 3])); i += 4; paths.curveTo(q[0] * PT, q[1] * PT); }
                    case "B" -> { float[] q = tf.apply(num(tok[i + 4]), num(tok[i + 5])); i += 6; paths.curveTo(q[0] * PT, q[1] * PT); }
                    case "A" -> { float[] q = tf.apply(num(tok[i + 5]), num(tok[i + 6])); i += 7; paths.curveTo(q[0] * PT, q[1] * PT); }
                    case "C" -> paths.closePath();
                    default -> { } // a number out of place: skipped
                }
            }
        } catch (RuntimeException e) {
            // a path cut short or with a word for a number: what was read so far is kept
        }
        paths.paint(fill, stroke);
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }

    /** DeltaX as written, with OFD's {@code g N V} (N times V) expanded; at most 100,000 values. */
    static double[] deltas(String s) {
        if (s == null || s.isBlank()) {
            return new double[0];
        }
        String[] tok = s.trim().split("\\s+");
        double[] out = new double[16];
        int n = 0;
        try {
            for (int i = 0; i < tok.length && n < 100_000; i++) {
                int repeat = 1;
                if (tok[i].equals("g") && i + 2 < tok.length) {
                    repeat = (int) Math.min(100_000, Math.max(0, Double.parseDouble(tok[i + 1])));
                    i += 2;
                }
                double v = Double.parseDouble(tok[i]);
                for (int k = 0; k < repeat && n < 100_000; k++) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = v;
                }
            }
        } catch (NumberFormatException e) {
            // the values before the damage are kept
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** An object's boundary origin and CTM: object space → page millimetres. */
    record Transform(double a, double b, double c, double d, double e, double f, double x0, double y0) {

        static Transform of(ST_Box boundary, ST_Array ctm) {
            double x0 = boundary == null ? 0 : boundary.getTopLeftX();
            double y0 = boundary == null ? 0 : boundary.getTopLeftY();
            if (ctm != null) {
                Double[] m = ctm.toDouble();
                if (m.length == 6) {
                    return new Transform(m[0], m[1], m[2], m[3], m[4], m[5], x0, y0);
                }
            }
            return new Transform(1, 0, 0, 1, 0, 0, x0, y0);
        }

        float[] apply(double x, double y) {
            return new float[] {(float) (a * x + c * y + e + x0), (float) (b * x + d * y + f + y0)};
        }

        double scale() {
            return Math.sqrt(Math.abs(a * d - b * c));
        }
    }
}
