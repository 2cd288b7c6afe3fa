package dev.gongkai.parser.odf.internal;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.layout.internal.ZipContainer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an OpenDocument file into blocks: the zip within {@link ZipContainer}'s bounds (or the flat XML
 * form), refusing a document saved with a password (its manifest lists encryption data) and one that
 * is no text or spreadsheet with a reason. Not API.
 */
public final class OdfReader {

    /** What was read: the format name ({@code odt}, {@code ods}, {@code fodt}, {@code fods}), blocks, properties. */
    public record Extraction(String format, List<Block> blocks, DocumentProperties properties) {}

    private OdfReader() {}

    public static Extraction read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        String where = fileName == null ? "" : " (" + fileName + ")";
        if (ZipContainer.isZip(bytes)) {
            return readZip(bytes, where);
        }
        if (ZipContainer.declaresDtd(bytes)) {
            throw new CorruptDocumentException("the OpenDocument flat XML file" + where + " is refused: it declares"
                    + " a DTD (<!DOCTYPE>), which no such document needs and which can carry entity expansion or"
                    + " external entities");
        }
        BodyReader.Body body = BodyReader.read(bytes, true, "the OpenDocument flat XML file" + where);
        return new Extraction(body.spreadsheet() ? "fods" : "fodt", body.blocks(), props(body.title()));
    }

    private static Extraction readZip(byte[] bytes, String where) throws UnreadableDocumentException {
        String what = "the OpenDocument file" + where;
        ZipContainer zip = ZipContainer.read(bytes, what);
        byte[] mime = zip.get("mimetype");
        String type = mime == null ? "" : new String(mime, StandardCharsets.US_ASCII).trim();
        byte[] manifest = zip.get("META-INF/manifest.xml");
        if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
            throw new EncryptedDocumentException(what + " is saved with a password (its parts are encrypted);"
                    + " save it again without a password");
        }
        if (!type.isEmpty() && !type.startsWith(OdfFormat.TEXT) && !type.startsWith(OdfFormat.SHEET)) {
            throw new UnsupportedFormatException(what + " is an OpenDocument file of type " + type
                    + ", not a text document or spreadsheet");
        }
        byte[] content = zip.get("content.xml");
        if (content == null) {
            if (type.isEmpty()) {
                throw new UnsupportedFormatException(what + " is a zip archive but no OpenDocument file"
                        + " (no mimetype and no content.xml)");
            }
            throw new CorruptDocumentException(what + " is damaged: it has no content.xml");
        }
        BodyReader.Body body = BodyReader.read(content, false, what + ", content.xml");
        String title = null;
        byte[] meta = zip.get("meta.xml");
        if (meta != null) {
            try {
                title = BodyReader.read(meta, true, what + ", meta.xml").title();
            } catch (UnreadableDocumentException e) {
                title = null; // the properties are not the report: a damaged meta.xml costs only its title
            }
        }
        return new Extraction(body.spreadsheet() ? "ods" : "odt", body.blocks(), props(title));
    }

    private static DocumentProperties props(String title) {
        return title == null ? DocumentProperties.NONE : DocumentProperties.NONE.withTitle(title);
    }
}
