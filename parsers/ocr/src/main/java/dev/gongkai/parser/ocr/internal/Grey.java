package dev.gongkai.parser.ocr.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A grey image, one byte a pixel (0 black … 255 white), row by row. Not API. */
public final class Grey {

    final int width;
    final int height;
    final byte[] px;

    Grey(int width, int height, byte[] px) {
        this.width = width;
        this.height = height;
        this.px = px;
    }

    /** A blank (white) image. */
    static Grey white(int width, int height) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) 255);
        return new Grey(width, height, p);
    }

    /** The image in grey (colour averaged by luminance, transparency on white). */
    public static Grey of(BufferedImage image) {
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(java.awt.Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(image, 0, 0, null);
        gr.dispose();
        byte[] data = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        return new Grey(g.getWidth(), g.getHeight(), data.clone());
    }

    int at(int x, int y) {
        return px[y * width + x] & 0xff;
    }

    BufferedImage toImage() {
        BufferedImage g = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        System.arraycopy(px, 0, data, 0, px.length);
        return g;
    }

    /** The image rotated by {@code degrees} about its centre, the corners filled white. */
    Grey rotate(double degrees) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(toImage(), AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0, height / 2.0),
                null);
        g.dispose();
        return of(out);
    }

    /** A part of the image, scaled by {@code scale} (bilinear). */
    Grey crop(int x0, int y0, int x1, int y1, double scale) {
        int w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0);
        int sw = Math.max(1, (int) Math.round(w * scale)), sh = Math.max(1, (int) Math.round(h * scale));
        byte[] p = new byte[sw * sh];
        for (int y = 0; y < sh; y++) {
            double fy = Math.min(h - 1.0, Math.max(0, (y + 0.5) / scale - 0.5));
            int iy = (int) fy;
            double dy = fy - iy;
            int iy1 = Math.min(h - 1, iy + 1);
            for (int x = 0; x < sw; x++) {
                double fx = Math.min(w - 1.0, Math.max(0, (x + 0.5) / scale - 0.5));
                int ix = (int) fx;
                double dx = fx - ix;
                int ix1 = Math.min(w - 1, ix + 1);
                double v = (1 - dy) * ((1 - dx) * at(x0 + ix, y0 + iy) + dx * at(x0 + ix1, y0 + iy))
                        + dy * ((1 - dx) * at(x0 + ix, y0 + iy1) + dx * at(x0 + ix1, y0 + iy1));
                p[y * sw + x] = (byte) Math.round(v);
            }
        }
        return new Grey(sw, sh, p);
    }

    /** Copies {@code g} into this image at (x, y). */
    void paste(Grey g, int x, int y) {
        for (int r = 0; r < g.height; r++) {
            System.arraycopy(g.px, r * g.width, px, (y + r) * width + x, g.width);
        }
    }

    /** Paints a rectangle white (clipped to the image). */
    void erase(int x0, int y0, int x1, int y1) {
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            java.util.Arrays.fill(px, y * width + Math.max(0, x0), y * width + Math.min(width, x1), (byte) 255);
        }
    }

    Grey copy() {
        return new Grey(width, height, px.clone());
    }

    /** The image as binary PGM (P5), which the engine reads without decoding cost. */
    byte[] pgm() {
        byte[] head = ("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + px.length);
        out.writeBytes(head);
        out.writeBytes(px);
        return out.toByteArray();
    }

    /** Otsu's threshold: pixels darker than it are ink. */
    int threshold() {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xff]++;
        }
        long total = px.length, sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += i * hist[i];
        }
        long sumB = 0, wB = 0;
        double best = -1;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += i * hist[i];
            double mB = (double) sumB / wB, mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        return Math.min(Math.max(t, 60), 200);
    }

    /** The image in black and white at its own Otsu threshold (a second look for the engine). */
    Grey binarised() {
        int t = threshold();
        byte[] p = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            p[i] = (px[i] & 0xff) < t ? 0 : (byte) 255;
        }
        return new Grey(width, height, p);
    }

    /**
     * The image cut into its lines of text: strips of rows holding ink, split where at least
     * {@code gap} rows hold none, each kept with {@code gap} rows of white around it where the image
     * has them. The whole image when it holds one line or none.
     */
    java.util.List<Grey> lines(int gap) {
        int t = threshold();
        // a row holds ink when more than a speck's worth of its pixels are dark: the specks of a noisy
        // scan between two lines of a wrapped label would otherwise join them into one block
        int speck = Math.max(1, width / 250);
        boolean[] inked = new boolean[height];
        for (int y = 0; y < height; y++) {
            int n = 0;
            for (int x = 0; x < width && n <= speck; x++) {
                n += at(x, y) < t ? 1 : 0;
            }
            inked[y] = n > speck;
        }
        java.util.List<int[]> strips = new java.util.ArrayList<>();
        int start = -1, blank = 0;
        for (int y = 0; y <= height; y++) {
            boolean on = y < height && inked[y];
            if (on) {
                if (start < 0) {
                    start = y;
                }
                blank = 0;
            } else if (start >= 0 && (++blank >= gap || y == height)) {
                strips.add(new int[] {start, y - blank + 1});
                start = -1;
                blank = 0;
            }
        }
        if (strips.size() < 2) {
            return java.util.List.of(this);
        }
        java.util.List<Grey> out = new java.util.ArrayList<>();
        for (int[] s : strips) {
            int y0 = Math.max(0, s[0] - gap), y1 = Math.min(height, s[1] + gap);
            byte[] p = new byte[(y1 - y0) * width];
            System.arraycopy(px, y0 * width, p, 0, p.length);
            out.add(new Grey(width, y1 - y0, p));
        }
        return out;
    }

    /** Ink mask: true where a pixel is darker than the threshold. */
    boolean[] ink(int threshold) {
        boolean[] m = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            m[i] = (px[i] & 0xff) < threshold;
        }
        return m;
    }
}
