package dev.gongkai.layout.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.model.Section;
import dev.gongkai.model.SectionHeading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The document's outline: its section headings, the prose of each section, the preamble before
 * section 一, and where each heading stands among the blocks.
 */
final class Outline {

    final List<SectionHeading> headings = new ArrayList<>();
    final Map<Section, List<Paragraph>> prose = new EnumMap<>(Section.class);
    final List<Paragraph> preamble = new ArrayList<>();
    /** The section each block opens, by block index; {@code null} where none. */
    final Section[] opens;
    /** Each section's whole prose once joined (metadata and the report both ask for the overview). */
    private final Map<Section, String> joined = new EnumMap<>(Section.class);

    private Outline(int size) {
        opens = new Section[size];
    }

    static Outline of(List<Block> blocks) {
        Outline o = new Outline(blocks.size());
        Section currentSection = null;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                continue;
            }
            HeadingMatcher.Match m = HeadingMatcher.match(p.text());
            if (m != null && !o.prose.containsKey(m.section()) && (m.numbered() || m.section().ordinal() > last)) {
                o.opens[i] = m.section();
                o.headings.add(new SectionHeading(m.section(), p.text().strip(), m.numbered(), o.headings.size(),
                        p.span()));
                o.prose.put(m.section(), new ArrayList<>());
                currentSection = m.section();
                last = Math.max(last, m.section().ordinal());
                continue;
            }
            if (p.text().isBlank()) {
                continue;
            }
            if (currentSection == null) {
                o.preamble.add(p);
            } else {
                o.prose.get(currentSection).add(p);
            }
        }
        return o;
    }

    /** The prose of a section joined by line breaks, without the given trailing paragraphs. */
    String text(Section s, int dropLast) {
        List<Paragraph> ps = prose.get(s);
        if (ps == null) {
            return null;
        }
        int end = ps.size() - dropLast;
        if (dropLast == 0 && joined.containsKey(s)) {
            return joined.get(s);
        }
        String[] parts = new String[Math.max(end, 0)];
        int length = 0;
        for (int i = 0; i < end; i++) {
            parts[i] = ps.get(i).text().strip();
            length += parts[i].length() + 1;
        }
        StringBuilder b = new StringBuilder(length);
        for (String part : parts) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(part);
        }
        String t = b.toString();
        if (dropLast == 0) {
            joined.put(s, t);
        }
        return t;
    }
}
