package dev.gongkai.parser.ofd.internal;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.internal.ZipContainer;
import dev.gongkai.layout.page.PageBlocks;
import dev.gongkai.layout.page.PageLayout;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

/**
 * Reads an OFD file: the zip first within {@link ZipContainer}'s bounds (a zip bomb, a truncated
 * archive or an XML part with a DTD is refused before ofdrw unpacks it), then every page through
 * ofdrw into {@link PageLayout}s and {@link PageBlocks}. Every ofdrw failure becomes a typed error.
 * Not API.
 */
public final class OfdReader {

    /** What was read: the blocks, the document's properties, the problems met (pages without text). */
    public record Extraction(List<Block> blocks, DocumentProperties properties, List<Problem> problems) {}

    /** The images of one page: what an OCR reader reads when the page has no text layer. */
    public record PageImages(int page, List<byte[]> images) {}

    /** Pages a document may have at most. */
    static final int MAX_PAGES = 2000;

    private OfdReader() {}

    public static Extraction read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        return read(bytes, fileName, ImageRecognizer.installed().isPresent());
    }

    /**
     * {@link #read(byte[], String)}, saying whether an OCR engine is installed: the pages that show only
     * an image are then handed to it as images, else reported as pages without text.
     */
    public static Extraction read(byte[] bytes, String fileName, boolean engine) throws UnreadableDocumentException {
        String what = "the OFD file" + (fileName == null ? "" : " (" + fileName + ")");
        List<PageLayout> layouts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] title = {null};
        Map<Integer, PageBlocks.PageImage> scans = new HashMap<>();
        withReader(bytes, what, reader -> {
            title[0] = title(reader);
            List<PageInfo> pages = reader.getPageList();
            for (int i = 0; i < pages.size(); i++) {
                List<ImageObject> images = new ArrayList<>();
                PageLayout page = OfdPages.page(i + 1, pages.get(i), images);
                if (page.glyphs().isEmpty() && page.images()) {
                    byte[] scan = engine ? largest(reader, images) : null;
                    if (scan != null) {
                        scans.put(i + 1, new PageBlocks.PageImage(() -> decode(scan), 0));
                        problems.add(new Problem("page-recognised", "page " + (i + 1) + " has no text layer; its text"
                                + " was recognised from its image (OCR)", SourceSpan.page(i + 1, null)));
                    } else {
                        problems.add(new Problem("page-no-text", "page " + (i + 1) + " has no text layer, only "
                                + images.size() + " image(s) (a scanned page?)", SourceSpan.page(i + 1, null)));
                    }
                }
                layouts.add(page);
            }
        });
        if (scans.isEmpty() && layouts.stream().allMatch(p -> p.glyphs().isEmpty())) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "no page of " + what + " has text (" + layouts.size() + " pages"
                            + (layouts.stream().anyMatch(PageLayout::images) ? ", images only: scanned?" : "") + ")");
        }
        DocumentProperties p = title[0] == null ? DocumentProperties.NONE : DocumentProperties.NONE.withTitle(title[0]);
        return new Extraction(PageBlocks.of(layouts, scans), p, problems);
    }

    /** The bytes of the largest image a page shows (its scan), or {@code null}. */
    private static byte[] largest(OFDReader reader, List<ImageObject> images) {
        byte[] best = null;
        for (ImageObject image : images) {
            if (image.getResourceID() == null) {
                continue;
            }
            try {
                byte[] data = reader.getResMgt().getImageByteArray(image.getResourceID().toString());
                if (data != null && (best == null || data.length > best.length)) {
                    best = data;
                }
            } catch (Exception e) {
                // an image that cannot be found is not recognised; the page is then said to have no text
            }
        }
        return best;
    }

    /** A page's scan decoded, or {@code null} when the JDK cannot decode its format (JBIG2 …). */
    private static BufferedImage decode(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The images each page without text shows, in page order, as the bytes of their resources (PNG,
     * JPEG, JBIG2 … as stored): the seam for an OCR reader.
     */
    public static List<PageImages> imagesOfPagesWithoutText(byte[] bytes, String fileName) throws UnreadableDocumentException {
        String what = "the OFD file" + (fileName == null ? "" : " (" + fileName + ")");
        List<PageImages> out = new ArrayList<>();
        withReader(bytes, what, reader -> {
            List<PageInfo> pages = reader.getPageList();
            for (int i = 0; i < pages.size(); i++) {
                List<ImageObject> images = new ArrayList<>();
                PageLayout page = OfdPages.page(i + 1, pages.get(i), images);
                if (page.glyphs().isEmpty() && !images.isEmpty()) {
                    List<byte[]> data = new ArrayList<>();
                    for (ImageObject image : images) {
                        if (image.getResourceID() != null) {
                            data.add(reader.getResMgt().getImageByteArray(image.getResourceID().toString()));
                        }
                    }
                    out.add(new PageImages(i + 1, data));
                }
            }
        });
        return out;
    }

    private interface ReaderWork {
        void run(OFDReader reader) throws Exception;
    }

    private static void withReader(byte[] bytes, String what, ReaderWork work) throws UnreadableDocumentException {
        ZipContainer zip = ZipContainer.read(bytes, what);
        if (zip.get("OFD.xml") == null) {
            throw new UnsupportedFormatException(what + " is a zip archive but no OFD document (it has no OFD.xml)");
        }
        for (String name : zip.entries().keySet()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith("encryptions.xml") || n.contains("encrypt")) {
                throw new EncryptedDocumentException(what + " is encrypted (" + name + "); save it again unencrypted");
            }
        }
        OFDReader reader = null;
        try {
            reader = new OFDReader(new ByteArrayInputStream(bytes));
            if (reader.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                        what + " has more than " + MAX_PAGES + " pages");
            }
            work.run(reader);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new CorruptDocumentException(what + " is damaged: its pages or resources cannot be read", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException | RuntimeException e) {
                    // the unpacked copy is ofdrw's temporary folder; nothing else is held
                }
            }
        }
    }

    private static String title(OFDReader reader) {
        try {
            var info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            return info == null ? null : info.getTile(); // sic: ofdrw names the Title getter getTile
        } catch (Exception e) {
            return null; // the properties are not the report: a damaged DocInfo costs only its title
        }
    }
}
