package dev.gongkai.testkit.render;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A byte encoding of a rendered document, with or without a byte-order mark.
 *
 * @since 0.1
 */
public enum Encoding {
    UTF8(StandardCharsets.UTF_8, new byte[0]),
    UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    GBK(Charset.forName("GBK"), new byte[0]),
    GB18030(Charset.forName("GB18030"), new byte[0]),
    UTF16LE(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF16BE(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    /** UTF-16 little-endian without a byte-order mark. */
    UTF16LE_NO_BOM(StandardCharsets.UTF_16LE, new byte[0]);

    private final Charset charset;
    private final byte[] bom;

    Encoding(Charset charset, byte[] bom) {
        this.charset = charset;
        this.bom = bom;
    }

    public Charset charset() {
        return charset;
    }

    /** The byte-order mark written first (empty for none). */
    public byte[] bom() {
        return bom.clone();
    }

    /** The text encoded, BOM first. Every character of a rendering is mappable in every encoding. */
    public byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
