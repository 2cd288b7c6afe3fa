package dev.gongkai.parser.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds a font character map (ToUnicode CMap) damaged so that reading it would take the text reader
 * minutes: a {@code bfrange} entry whose start and end codes span billions of codes (a damaged stream's
 * bytes taken for codes) makes PDFBox add one mapping per code. The ranges are counted before any font is
 * loaded, with a tokenizer that reads the CMap the way PDFBox's parser does; real maps span at most 65,536
 * codes in one range. Not API.
 */
final class CharacterMaps {

    /** More mappings than this in one map is damage: a two-byte code space holds 65,536 codes. */
    static final long MAX_MAPPINGS = 1L << 20;

    /** Decoded map bytes looked at; a map is a few KB to about 2 MB. */
    private static final int MAX_BYTES = 8 << 20;

    /** Resource dictionaries followed through forms, Type 3 fonts and annotation appearances. */
    private static final int MAX_DEPTH = 12;

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int page;

    private CharacterMaps() {}

    /**
     * The first page (1-based) using a damaged character map, or 0 when none is.
     */
    static int damagedOn(PDDocument document) {
        CharacterMaps maps = new CharacterMaps();
        int index = 0;
        for (PDPage p : document.getPages()) {
            maps.page = ++index;
            COSDictionary dict = p.getCOSObject();
            if (maps.resources(p.getResources() == null ? null : p.getResources().getCOSObject(), 0)
                    || maps.annotations(dict.getDictionaryObject(COSName.ANNOTS), 0)) {
                return index;
            }
        }
        return 0;
    }

    private boolean resources(COSDictionary resources, int depth) {
        if (resources == null || depth > MAX_DEPTH || !seen.add(resources)) {
            return false;
        }
        if (resources.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font && font(font, depth)) {
                    return true;
                }
            }
        }
        if (resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary objects) {
            for (COSName name : objects.keySet()) {
                if (objects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
                        && resources(resources(form), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean font(COSDictionary font, int depth) {
        if (!seen.add(font)) {
            return false;
        }
        for (COSName key : new COSName[] {COSName.TO_UNICODE, COSName.ENCODING}) {
            if (font.getDictionaryObject(key) instanceof COSStream map && seen.add(map) && damaged(map)) {
                return true;
            }
        }
        return resources(resources(font), depth + 1); // a Type 3 font's glyphs
    }

    private boolean annotations(COSBase annots, int depth) {
        if (!(annots instanceof COSArray array)) {
            return false;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSDictionary annot
                    && annot.getDictionaryObject(COSName.AP) instanceof COSDictionary ap
                    && appearance(ap.getDictionaryObject(COSName.N), depth)) {
                return true;
            }
        }
        return false;
    }

    private boolean appearance(COSBase normal, int depth) {
        if (normal instanceof COSStream stream) {
            return resources(resources(stream), depth + 1);
        }
        if (normal instanceof COSDictionary states) {
            for (COSName state : states.keySet()) {
                if (states.getDictionaryObject(state) instanceof COSStream stream
                        && resources(resources(stream), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static COSDictionary resources(COSDictionary owner) {
        return owner.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary r ? r : null;
    }

    /** True when reading the map would add more than {@link #MAX_MAPPINGS} mappings. */
    private static boolean damaged(COSStream map) {
        byte[] bytes;
        try (InputStream in = map.createInputStream()) {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException | RuntimeException e) {
            return false; // not decodable: PDFBox reads nothing from it either
        }
        return new Tokens(bytes).mappings() > MAX_MAPPINGS;
    }

    /** The tokens of a CMap as PDFBox's {@code CMapParser} cuts them, enough to count bfrange mappings. */
    static final class Tokens {
        private static final Object END_ARRAY = new Object();
        private static final Object END_DICT = new Object();

        private final byte[] b;
        private int at;

        Tokens(byte[] bytes) {
            this.b = bytes;
        }

        /** The mappings the map's bfrange entries add; stops where PDFBox's parser would stop. */
        long mappings() {
            long total = 0;
            Object previous = null;
            try {
                for (Object token = next(); token != null; token = next()) {
                    if (token instanceof Operator op) {
                        if (op.name().equals("endcmap")) {
                            break;
                        }
                        if (op.name().equals("beginbfrange") && previous instanceof Integer count) {
                            total += bfrange(count);
                            if (total > MAX_MAPPINGS) {
                                return total;
                            }
                        }
                    }
                    previous = token;
                }
            } catch (IllegalStateException stop) {
                // PDFBox's parser gives up here too
            }
            return total;
        }

        private long bfrange(int count) {
            long added = 0;
            for (int j = 0; j < count; j++) {
                Object start = next();
                if (start instanceof Operator || !(start instanceof byte[] s)) {
                    break;
                }
                Object end = next();
                if (end instanceof Operator || !(end instanceof byte[] e)) {
                    break;
                }
                int from = toInt(s);
                int to = toInt(e);
                if (to < from) {
                    break;
                }
                Object value = next();
                if (value instanceof byte[] v && v.length > 0) {
                    added += (long) to - from + 1;
                }
            }
            return added;
        }

        private static int toInt(byte[] data) {
            int code = 0;
            for (byte d : data) {
                code = code << 8 | d & 0xFF;
            }
            return code;
        }

        private int read() {
            return at < b.length ? b[at++] & 0xFF : -1;
        }

        private Object next() {
            int c = read();
            while (c == 0x09 || c == 0x20 || c == 0x0D || c == 0x0A) {
                c = read();
            }
            switch (c) {
                case -1:
                    return null;
                case '%':
                    while (c != -1 && c != '\n' && c != '\r') {
                        c = read();
                    }
                    return "%";
                case '(':
                    while (c != -1 && c != ')') {
                        c = read();
                    }
                    return "()";
                case '>':
                    if (read() == '>') {
                        return END_DICT;
                    }
                    throw new IllegalStateException();
                case ']':
                    return END_ARRAY;
                case '[':
                    for (Object t = next(); t != null && t != END_ARRAY; t = next()) {
                        // the array's items
                    }
                    return "[]";
                case '<':
                    return angle();
                case '/':
                    word(false, -1);
                    return "/";
                default:
                    if (c >= '0' && c <= '9') {
                        return number(c);
                    }
                    return new Operator(word(true, c));
            }
        }

        private Object angle() {
            int c = read();
            if (c == '<') {
                for (Object key = next(); key instanceof String s && s.equals("/"); key = next()) {
                    next();
                }
                return "<<>>";
            }
            byte[] buffer = new byte[512];
            int index = -1;
            boolean high = true;
            while (c != -1 && c != '>') {
                if (c == 0x20 || c == 0x0D || c == 0x0A) {
                    c = read();
                    continue;
                }
                int v = Character.digit(c, 16);
                if (v < 0) {
                    throw new IllegalStateException();
                }
                if (high) {
                    if (++index >= buffer.length) {
                        throw new IllegalStateException();
                    }
                    buffer[index] = (byte) (v * 16);
                } else {
                    buffer[index] += (byte) v;
                }
                high = !high;
                c = read();
            }
            byte[] out = new byte[index + 1];
            System.arraycopy(buffer, 0, out, 0, index + 1);
            return out;
        }

        private Object number(int first) {
            StringBuilder s = new StringBuilder().append((char) first);
            int c = read();
            while (c != -1 && c != 0x20 && c != 0x0D && c != 0x0A && (c >= '0' && c <= '9' || c == '.')) {
                s.append((char) c);
                c = read();
            }
            if (c != -1) {
                at--;
            }
            try {
                return s.indexOf(".") >= 0 ? (Object) Double.valueOf(s.toString()) : Integer.valueOf(s.toString());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A name or an operator: up to whitespace or a delimiter (and, for an operator, a digit). */
        private String word(boolean operator, int first) {
            StringBuilder s = new StringBuilder();
            if (first >= 0) {
                s.append((char) first);
            }
            int c = read();
            while (c != -1 && c != 0x20 && c != 0x0D && c != 0x0A && !delimiter(c)
                    && !(operator && c >= '0' && c <= '9')) {
                s.append((char) c);
                c = read();
            }
            if (delimiter(c) || operator && c >= '0' && c <= '9') {
                at--;
            }
            return s.toString();
        }

        private static boolean delimiter(int c) {
            return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                    || c == '/' || c == '%';
        }

        private record Operator(String name) {}
    }
}
