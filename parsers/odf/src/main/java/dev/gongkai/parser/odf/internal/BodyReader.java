package dev.gongkai.parser.odf.internal;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.internal.SafeXml;
import dev.gongkai.model.SourceSpan;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over an ODF XML part ({@code content.xml}, {@code meta.xml} or a flat document):
 * paragraphs and headings outside tables become paragraphs ({@code paragraph[n]}), top-level tables
 * become grids ({@link OdfGrid}); a table inside a table cell adds its text to that cell. Footnotes,
 * annotations, tracked deletions and drawing titles are left out (a footnote mark in a cell is not a
 * value). A DTD or an entity reference is refused. Not API.
 */
final class BodyReader {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    /** What a part holds. */
    record Body(List<Block> blocks, boolean spreadsheet, String title) {}

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    private final String what;
    private OdfGrid table;
    private int tables;
    private int nestedTables;
    private int skip;
    private boolean spreadsheet;
    private StringBuilder title;
    private String titleText;

    private BodyReader(String what) {
        this.what = what;
    }

    static Body read(byte[] xml, boolean flat, String what) throws UnreadableDocumentException {
        BodyReader r = new BodyReader(what);
        XMLStreamReader x = null;
        try {
            x = SafeXml.inputFactory().createXMLStreamReader(new StringReader(utf8(xml, what)));
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> r.start(x);
                    case XMLStreamConstants.END_ELEMENT -> r.end(x.getNamespaceURI(), x.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> r.text(x.getText());
                    case XMLStreamConstants.DTD -> throw new CorruptDocumentException(what + " is refused: it declares a DTD");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new CorruptDocumentException(what
                            + " is damaged: it refers to an undeclared entity &" + x.getLocalName() + ";");
                    default -> { }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new CorruptDocumentException(what + " is truncated or damaged: its XML cannot be read ("
                    + e.getMessage() + ")", e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
        return new Body(List.copyOf(r.blocks), r.spreadsheet, r.titleText);
    }

    /** ODF parts are UTF-8: bytes that are not are damage, refused before the parser sees them. */
    private static String utf8(byte[] xml, String what) throws CorruptDocumentException {
        int from = xml.length >= 3 && (xml[0] & 0xff) == 0xEF && (xml[1] & 0xff) == 0xBB && (xml[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(xml, from, xml.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new CorruptDocumentException(what + " is damaged: its XML is not valid UTF-8", e);
        }
    }

    private void start(XMLStreamReader x) throws UnreadableDocumentException {
        String ns = x.getNamespaceURI();
        String name = x.getLocalName();
        if (skip > 0 || skipped(ns, name)) {
            skip++;
            return;
        }
        if (OFFICE.equals(ns) && name.equals("spreadsheet")) {
            spreadsheet = true;
        } else if (DC.equals(ns) && name.equals("title") && titleText == null) {
            title = new StringBuilder();
        } else if (TEXT.equals(ns)) {
            switch (name) {
                case "p", "h" -> paragraphs.push(new StringBuilder());
                case "s" -> append(" ".repeat(Math.max(1, Math.min(1000, intAttr(x, TEXT, "c", 1)))));
                case "tab" -> append("\t");
                case "line-break" -> append("\n");
                default -> { }
            }
        } else if (TABLE.equals(ns)) {
            tableStart(x, name);
        }
    }

    private void tableStart(XMLStreamReader x, String name) throws UnreadableDocumentException {
        if (name.equals("table")) {
            if (table != null) {
                nestedTables++;
            } else {
                table = new OdfGrid((spreadsheet ? "sheet[" : "table[") + tables++ + "]", what);
            }
        } else if (table == null || nestedTables > 0) {
            return;
        } else if (name.equals("table-row")) {
            table.startRow(intAttr(x, TABLE, "number-rows-repeated", 1));
        } else if (name.equals("table-cell") || name.equals("covered-table-cell")) {
            table.startCell(name.startsWith("covered"), intAttr(x, TABLE, "number-columns-repeated", 1),
                    intAttr(x, TABLE, "number-columns-spanned", 1), intAttr(x, TABLE, "number-rows-spanned", 1),
                    x.getAttributeValue(OFFICE, "value"));
        }
    }

    private void end(String ns, String name) throws UnreadableDocumentException {
        if (skip > 0) {
            skip--;
            return;
        }
        if (DC.equals(ns) && name.equals("title") && title != null) {
            titleText = title.toString().strip();
            title = null;
        } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h")) && !paragraphs.isEmpty()) {
            String text = paragraphs.pop().toString();
            if (table != null) {
                table.cellText(text);
            } else if (!text.isBlank()) {
                blocks.add(new Paragraph(text, SourceSpan.path("paragraph[" + blocks.size() + "]")));
            }
        } else if (TABLE.equals(ns) && table != null) {
            if (name.equals("table")) {
                if (nestedTables > 0) {
                    nestedTables--;
                } else {
                    if (spreadsheet) {
                        blocks.addAll(table.sheet());
                    } else {
                        table.build().ifPresent(blocks::add);
                    }
                    table = null;
                }
            } else if (nestedTables == 0 && name.equals("table-row")) {
                table.endRow();
            } else if (nestedTables == 0 && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
                table.endCell();
            }
        }
    }

    private void text(String s) {
        if (skip > 0) {
            return;
        }
        if (title != null) {
            title.append(s);
        } else {
            append(s);
        }
    }

    private void append(String s) {
        if (skip == 0 && !paragraphs.isEmpty()) {
            paragraphs.peek().append(s);
        }
    }

    private static boolean skipped(String ns, String name) {
        if (TEXT.equals(ns)) {
            return switch (name) {
                case "note", "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls" -> true;
                default -> false;
            };
        }
        if (OFFICE.equals(ns)) {
            return name.equals("annotation") || name.equals("forms") || name.equals("scripts");
        }
        return SVG.equals(ns) && (name.equals("title") || name.equals("desc"));
    }

    private static int intAttr(XMLStreamReader x, String ns, String name, int otherwise) {
        String v = x.getAttributeValue(ns, name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
