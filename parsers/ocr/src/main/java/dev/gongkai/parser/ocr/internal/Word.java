package dev.gongkai.parser.ocr.internal;

/** A word the engine recognised: its box in the image it was given, confidence 0–100, text. Not API. */
record Word(int block, int par, int line, int left, int top, int width, int height, double conf, String text) {

    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    int centreX() {
        return left + width / 2;
    }

    int centreY() {
        return top + height / 2;
    }

    Word moved(int dx, int dy, double scale) {
        return new Word(block, par, line, (int) Math.round(left / scale) + dx, (int) Math.round(top / scale) + dy,
                (int) Math.round(width / scale), (int) Math.round(height / scale), conf, text);
    }
}
