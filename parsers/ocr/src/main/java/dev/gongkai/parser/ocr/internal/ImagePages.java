package dev.gongkai.parser.ocr.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.Pages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** The pages of an image file (every page of a TIFF) and their resolution, and their recognition. Not API. */
public final class ImagePages {

    /** One page image and its resolution in dots per inch ({@code 0} when the file does not say). */
    public record Page(BufferedImage image, int dpi) {}

    /** Recognises page {@code i} (0-based). */
    public interface Task {
        List<Block> page(int i) throws UnreadableDocumentException;
    }

    private ImagePages() {}

    /** The pages, decoded with ImageIO (PNG, JPEG, TIFF, GIF, BMP). */
    public static List<Page> read(byte[] bytes) throws IOException {
        List<Page> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image format this reader knows");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                int n = r.getNumImages(true);
                for (int i = 0; i < n; i++) {
                    int dpi = dpi(r.getImageMetadata(i));
                    BufferedImage image = r.read(i);
                    out.add(new Page(image, dpi > 0 ? dpi : guess(image)));
                }
            } finally {
                r.dispose();
            }
        }
        return out;
    }

    /** The pages' blocks in page order, recognised in parallel. */
    public static List<Block> recognise(int pages, Task task) throws UnreadableDocumentException {
        return Pages.inParallel(pages, task::page);
    }

    /** The resolution an image states in its standard metadata (pixel size in mm), or 0. */
    private static int dpi(IIOMetadata meta) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = meta.getAsTree("javax_imageio_1.0");
        Node n = find(root, "HorizontalPixelSize");
        if (n == null) {
            return 0;
        }
        NamedNodeMap a = n.getAttributes();
        Node v = a == null ? null : a.getNamedItem("value");
        if (v == null) {
            return 0;
        }
        double mm = Double.parseDouble(v.getNodeValue());
        int dpi = mm > 0 ? (int) Math.round(25.4 / mm) : 0;
        return dpi >= 72 && dpi <= 1200 ? dpi : 0;
    }

    private static Node find(Node n, String name) {
        if (n.getNodeName().equals(name)) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A page's resolution guessed from its width, taking it for an A4 page (210 mm). */
    static int guess(BufferedImage image) {
        return Math.max(72, (int) Math.round(image.getWidth() / (210 / 25.4)));
    }
}
