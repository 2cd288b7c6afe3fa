package dev.gongkai.parser.odf.render;

import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Layout} as OpenDocument in-process, the way LibreOffice writes it: a zip with the
 * stored {@code mimetype} first, {@code content.xml}, {@code meta.xml} and the manifest (.odt, .ods), or
 * the flat XML (.fodt). Spanned cells carry {@code number-columns-spanned}/{@code number-rows-spanned}
 * and the slots they cover are {@code covered-table-cell}s; a spreadsheet's numbers are float cells,
 * and a sheet's rows past the tables are one empty row repeated a million times, as Calc writes them.
 */
public final class OdfRenderer {

    public static final String TEXT = "application/vnd.oasis.opendocument.text";
    public static final String SHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";

    private OdfRenderer() {}

    /** A text document (.odt). */
    public static byte[] odt(Layout layout, String title) {
        return zip(TEXT, content(layout, false), meta(title), null);
    }

    /** A spreadsheet (.ods): the whole layout on one sheet, paragraphs as one-cell rows. */
    public static byte[] ods(Layout layout, String title) {
        return zip(SHEET, content(layout, true), meta(title), null);
    }

    /** A flat text document (.fodt). */
    public static byte[] fodt(Layout layout, String title) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document" + NS + " office:mimetype=\"" + TEXT
                + "\">" + metaBody(title) + body(layout, false) + "</office:document>").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip with the given parts (a manifest of {@code manifest}, or the ordinary one when {@code null}). */
    public static byte[] zip(String mimetype, String content, String meta, String manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mime);
            z.closeEntry();
            put(z, "content.xml", content);
            if (meta != null) {
                put(z, "meta.xml", meta);
            }
            put(z, "META-INF/manifest.xml", manifest != null ? manifest
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                            + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                            + "</manifest:manifest>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** A content.xml of the layout. */
    public static String content(Layout layout, boolean sheet) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NS + ">"
                + body(layout, sheet) + "</office:document-content>";
    }

    private static String meta(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS + ">" + metaBody(title)
                + "</office:document-meta>";
    }

    private static String metaBody(String title) {
        return "<office:meta>" + (title == null ? "" : "<dc:title>" + esc(title) + "</dc:title>")
                + "<meta:generator>gongkai test renderer</meta:generator></office:meta>";
    }

    private static String body(Layout layout, boolean sheet) {
        StringBuilder b = new StringBuilder("<office:body>");
        b.append(sheet ? "<office:spreadsheet><table:table table:name=\"报告\">" : "<office:text>");
        int tables = 0;
        for (Layout.Item item : layout.items()) {
            if (item instanceof Layout.Para p) {
                if (sheet) {
                    b.append("<table:table-row><table:table-cell office:value-type=\"string\">").append(paras(p.text()))
                            .append("</table:table-cell></table:table-row>");
                } else {
                    b.append(paras(p.text()));
                }
            } else if (item instanceof Layout.Tab t) {
                if (!sheet) {
                    b.append("<table:table table:name=\"表格").append(++tables).append("\">");
                }
                table(b, t, sheet);
                if (!sheet) {
                    b.append("</table:table>");
                } else {
                    b.append("<table:table-row><table:table-cell/></table:table-row>");
                }
            }
        }
        if (sheet) {
            b.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
                    + " table:number-columns-repeated=\"1024\"/></table:table-row></table:table></office:spreadsheet>");
        } else {
            b.append("</office:text>");
        }
        return b.append("</office:body>").toString();
    }

    private static void table(StringBuilder b, Layout.Tab t, boolean sheet) {
        Layout.Slot[][] grid = t.grid();
        for (Layout.Slot[] row : grid) {
            b.append("<table:table-row>");
            for (Layout.Slot s : row) {
                if (s == null) {
                    b.append("<table:table-cell/>");
                } else if (!s.origin()) {
                    b.append("<table:covered-table-cell/>");
                } else {
                    Layout.Cell c = s.cell();
                    b.append("<table:table-cell");
                    if (c.colspan() > 1) {
                        b.append(" table:number-columns-spanned=\"").append(c.colspan()).append('"');
                    }
                    if (c.rowspan() > 1) {
                        b.append(" table:number-rows-spanned=\"").append(c.rowspan()).append('"');
                    }
                    if (sheet && c.number() && ReportLayouts.isNumber(c.text())) {
                        b.append(" office:value-type=\"float\" office:value=\"").append(c.text().strip()).append('"');
                    } else if (!c.text().isEmpty()) {
                        b.append(" office:value-type=\"string\"");
                    }
                    b.append('>').append(paras(c.text())).append("</table:table-cell>");
                }
            }
            b.append("</table:table-row>");
        }
    }

    private static String paras(String text) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : List.of(text.split("\n", -1))) {
            b.append("<text:p>").append(spaces(esc(line))).append("</text:p>");
        }
        return b.toString();
    }

    /** Runs of spaces as ODF writes them: the first kept, the rest as {@code <text:s text:c="n"/>}. */
    private static String spaces(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                b.append(' ').append("<text:s text:c=\"").append(j - i - 1).append("\"/>");
                i = j;
            } else {
                b.append(ch);
                i++;
            }
        }
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
