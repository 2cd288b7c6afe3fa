package dev.gongkai.layout.page;

/**
 * One shown glyph in page coordinates (points, origin top left, y growing downwards).
 *
 * @param text the glyph's Unicode text (usually one character)
 * @param x the left edge
 * @param baseline the baseline
 * @param width the advance width
 * @param height the glyph height (never below a third of the font size)
 * @param fontSize the font size in points
 */
public record Glyph(String text, float x, float baseline, float width, float height, float fontSize) {

    float right() {
        return x + width;
    }

    float top() {
        return baseline - height;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - height / 2;
    }

    boolean isSpace() {
        return text.isBlank();
    }

    /** True for CJK ideographs, kana and full-width punctuation: text that has no spaces between words. */
    boolean isWide() {
        if (text.isEmpty()) {
            return false;
        }
        int c = text.codePointAt(0);
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x20000 && c <= 0x3FFFF;
    }
}
