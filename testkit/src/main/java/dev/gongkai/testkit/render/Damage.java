package dev.gongkai.testkit.render;

import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Byte damage as crawled and CMS-exported documents show it (SPEC §5): a few invalid byte sequences
 * inserted into the prose of an encoded {@link Rendering}, where a reader must replace them, say so,
 * and read everything else exactly as from the clean bytes.
 *
 * <p>The damage lands inside the report's own prose (its section texts, a run of Chinese characters
 * written once in the document, never next to a digit), not in a table, title or heading. What is
 * invalid depends on the encoding:
 *
 * <ul>
 *   <li>UTF-8 (with or without BOM): a multi-byte character cut to its first one or two bytes
 *       ({@link Kind#CUT_CHARACTER}), a stray {@code 0xFF} or {@code 0x80} ({@link Kind#STRAY_BYTE}), a
 *       lone GBK lead byte {@code 0xB0}–{@code 0xF7} ({@link Kind#FOREIGN_LEAD_BYTE});
 *   <li>GBK and GB18030: a stray {@code 0x80} or {@code 0xFF}, or a double-byte character cut to its
 *       lead byte where an ASCII byte (a line break, markup) follows it (a cut character followed by
 *       another double-byte one reads as other characters, undetectably, so it is not made here);
 *   <li>UTF-16: a lone surrogate code unit ({@link Kind#LONE_SURROGATE}).
 * </ul>
 *
 * <pre>{@code
 * Rendering doc = TextRenderer.tabs().render(report, RenderOptions.seeded(5).encoding(Encoding.GB18030));
 * Damage.Damaged bad = Damage.inProse(doc, report, 5);     // 1–3 invalid sequences
 * ParseResult back = Gongkai.parse(new ByteArrayInputStream(bad.bytes()), ParseContext.defaults());
 * // same tables and metadata as the clean doc, and a problem "encoding-repaired"
 * }</pre>
 *
 * @since 0.1
 */
public final class Damage {

    /** The shortest run of prose characters damage is put into. */
    private static final int MIN_RUN = 6;

    /** A kind of invalid byte sequence. */
    public enum Kind {
        /** A multi-byte character with its last bytes cut off. */
        CUT_CHARACTER,
        /** A byte that starts no character ({@code 0x80}, {@code 0xFF}). */
        STRAY_BYTE,
        /** UTF-8 with a GBK lead byte standing alone: a byte of another encoding. */
        FOREIGN_LEAD_BYTE,
        /** UTF-16 with an unpaired surrogate. */
        LONE_SURROGATE
    }

    /**
     * One invalid sequence.
     *
     * @param charIndex the index in {@link Rendering#text()} of the character it stands before (or cuts)
     * @param byteOffset where its first byte is in the damaged bytes
     * @param kind what it is
     * @param length how many bytes of the damaged document it spans
     */
    public record Site(int charIndex, int byteOffset, Kind kind, int length) {}

    /**
     * A damaged document.
     *
     * @param rendering the clean rendering the damage was put into
     * @param sites the invalid sequences, in document order
     */
    public record Damaged(Rendering rendering, byte[] bytes, List<Site> sites) {

        public Damaged {
            bytes = bytes.clone();
            sites = List.copyOf(sites);
        }

        /** The damaged bytes. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** How many bytes of the damaged document are invalid. */
        public int invalidBytes() {
            return sites.stream().mapToInt(Site::length).sum();
        }

        /** For failure messages: the rendering and each site. */
        public String describe() {
            return rendering.describe() + " damaged at " + sites.stream()
                    .map(s -> s.kind() + "@char " + s.charIndex() + "/byte " + s.byteOffset())
                    .collect(Collectors.joining(", "));
        }
    }

    private Damage() {}

    /** One to three invalid sequences in the prose, drawn from the seed. */
    public static Damaged inProse(Rendering rendering, Report report, long seed) {
        return inProse(rendering, report, seed, 1 + new Random(seed ^ 0x64616D61L).nextInt(3));
    }

    /**
     * {@code count} invalid sequences in the prose, at positions and of kinds drawn from the seed.
     *
     * @throws IllegalArgumentException when the rendering holds too little of the report's prose
     */
    public static Damaged inProse(Rendering rendering, Report report, long seed, int count) {
        return damage(rendering, positions(rendering.text(), report, family(rendering.encoding()) == Family.GB),
                seed, count);
    }

    /**
     * {@code count} invalid sequences anywhere a non-ASCII character is written — the title, headings,
     * labels, full-width digits in table cells, prose — at positions and of kinds drawn from the seed.
     * A reader cannot then read everything; it must not read a wrong value (a cell whose digit was lost
     * is uncertain or missing, never another number).
     *
     * @throws IllegalArgumentException when the rendering has fewer such characters than {@code count}
     */
    public static Damaged anywhere(Rendering rendering, long seed, int count) {
        String text = rendering.text();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !Character.isSurrogate(c)) {
                candidates.add(i);
            }
        }
        return damage(rendering, candidates, seed, count);
    }

    private static Damaged damage(Rendering rendering, List<Integer> candidates, long seed, int count) {
        Random rnd = new Random(seed);
        Encoding e = rendering.encoding();
        String text = rendering.text();
        List<Integer> chosen = new ArrayList<>();
        for (int tries = 0; chosen.size() < count && tries < 50 * count && !candidates.isEmpty(); tries++) {
            int at = candidates.get(rnd.nextInt(candidates.size()));
            if (chosen.stream().allMatch(c -> Math.abs(c - at) > 2)) {
                chosen.add(at);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalArgumentException("the rendering holds too little prose for " + count
                    + " damaged places: " + rendering.describe());
        }
        chosen.sort(Comparator.naturalOrder());
        Charset cs = e.charset();
        byte[] bom = e.bom();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        List<Site> sites = new ArrayList<>();
        int done = 0;
        for (int at : chosen) {
            out.writeBytes(text.substring(done, at).getBytes(cs));
            byte[] ch = text.substring(at, at + 1).getBytes(cs);
            int offset = out.size();
            Site site;
            switch (family(e)) {
                case UTF8 -> {
                    int kind = ch.length > 1 ? rnd.nextInt(3) : 1 + rnd.nextInt(2);
                    if (kind == 0) {
                        int keep = 1 + rnd.nextInt(ch.length - 1);
                        out.write(ch, 0, keep);
                        site = new Site(at, offset, Kind.CUT_CHARACTER, keep);
                    } else {
                        out.write(kind == 1 ? (rnd.nextBoolean() ? 0xFF : 0x80) : 0xB0 + rnd.nextInt(0x48));
                        out.writeBytes(ch);
                        site = new Site(at, offset, kind == 1 ? Kind.STRAY_BYTE : Kind.FOREIGN_LEAD_BYTE, 1);
                    }
                }
                case GB -> {
                    if (ch.length == 2 && cutsCleanly(text, at) && rnd.nextBoolean()) {
                        out.write(ch[0]);
                        site = new Site(at, offset, Kind.CUT_CHARACTER, 1);
                    } else {
                        out.write(rnd.nextBoolean() ? 0xFF : 0x80);
                        out.writeBytes(ch);
                        site = new Site(at, offset, Kind.STRAY_BYTE, 1);
                    }
                }
                default -> {
                    char unit = (char) (rnd.nextBoolean() ? 0xD800 + rnd.nextInt(0x400) : 0xDC00 + rnd.nextInt(0x400));
                    boolean little = cs.name().endsWith("LE");
                    out.write(little ? unit & 0xFF : unit >> 8);
                    out.write(little ? unit >> 8 : unit & 0xFF);
                    out.writeBytes(ch);
                    site = new Site(at, offset, Kind.LONE_SURROGATE, 2);
                }
            }
            sites.add(site);
            done = at + 1;
        }
        out.writeBytes(text.substring(done).getBytes(cs));
        return new Damaged(rendering, out.toByteArray(), sites);
    }

    private enum Family { UTF8, GB, UTF16 }

    private static Family family(Encoding e) {
        return switch (e) {
            case UTF8, UTF8_BOM -> Family.UTF8;
            case GBK, GB18030 -> Family.GB;
            default -> Family.UTF16;
        };
    }

    /** A double-byte character followed by an ASCII byte that no GB18030 sequence takes as its trail. */
    private static boolean cutsCleanly(String text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        return next < 0x40 && !(next >= '0' && next <= '9');
    }

    /**
     * Indexes of prose characters: inside runs of at least {@value #MIN_RUN} Chinese characters of the
     * report's section texts that are written exactly once in the document, not at a run's ends (so
     * never next to a digit or a label); with {@code runEnds}, also a run's last character.
     */
    private static List<Integer> positions(String text, Report report, boolean runEnds) {
        List<Integer> out = new ArrayList<>();
        for (Section s : Section.values()) {
            String prose = report.section(s);
            if (prose == null) {
                continue;
            }
            int i = 0;
            while (i < prose.length()) {
                if (!han(prose.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < prose.length() && han(prose.charAt(j))) {
                    j++;
                }
                String run = prose.substring(i, j);
                int at = text.indexOf(run);
                if (run.length() >= MIN_RUN && at >= 0 && text.indexOf(run, at + 1) < 0) {
                    for (int k = at + 1; k < at + run.length() - 1; k++) {
                        out.add(k);
                    }
                    if (runEnds && cutsCleanly(text, at + run.length() - 1)) {
                        out.add(at + run.length() - 1);
                    }
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
