package dev.gongkai.parser.odf.internal;

import dev.gongkai.spi.DocumentProbe;

/** How sure a look at a document's first bytes and name makes us that it is OpenDocument. Not API. */
public final class OdfFormat {

    static final String TEXT = "application/vnd.oasis.opendocument.text";
    static final String SHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private OdfFormat() {}

    /**
     * 95 for a zip whose leading {@code mimetype} entry names OpenDocument text or spreadsheet, or flat
     * XML whose root says so; 80 for a zip or XML document with an OpenDocument extension
     * ({@code odt ods ott ots fodt fods}) that does not say (to be refused with a reason); else 0.
     */
    public static int score(DocumentProbe probe) {
        String head = probe.headAscii();
        boolean named = switch (probe.extension()) {
            case "odt", "ods", "ott", "ots", "fodt", "fods" -> true;
            default -> false;
        };
        if (probe.startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
            if (head.contains("mimetype" + TEXT) || head.contains("mimetype" + SHEET)) {
                return 95;
            }
            return named && !head.contains("[Content_Types].xml") ? 80 : 0;
        }
        if (probe.startsWithAscii("<?xml") || probe.startsWithAscii("<office:document")) {
            if (head.contains("office:document") && (head.contains("\"" + TEXT) || head.contains("\"" + SHEET))) {
                return 95;
            }
            return named ? 80 : 0;
        }
        return 0;
    }
}
