package dev.gongkai.layout.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageBlock;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ProblemList;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Images in a document's blocks, handed to the installed {@link ImageRecognizer}: the blocks recognised
 * in each are put in its place, so the interpreter sees the text and the recognised tables in document
 * order. The image itself stays after them as a marker: when its section's table was not found (no
 * recogniser, an image that cannot be decoded, or nothing recognised as the table), the interpreter
 * records the table as held but not mapped, never as missing.
 */
final class Images {

    /** Problem code of a table section whose table is an image that was not recognised. */
    static final String TABLE_IMAGE = "table-image";

    private Images() {}

    /** The blocks with what was recognised in each image, and the images that were handed to a recogniser. */
    record Recognised(List<Block> blocks, Set<ImageBlock> tried) {}

    static Recognised recognised(List<Block> blocks, ParseContext context, ProblemList problems) {
        if (blocks.stream().noneMatch(b -> b instanceof ImageBlock)) {
            return new Recognised(blocks, Set.of());
        }
        Optional<ImageRecognizer> recognizer = ImageRecognizer.installed();
        if (recognizer.isEmpty()) {
            return new Recognised(blocks, Set.of());
        }
        Set<ImageBlock> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!(b instanceof ImageBlock image)) {
                out.add(b);
                continue;
            }
            BufferedImage img = load(image);
            if (img == null) {
                problems.add("image-undecodable", "an image (" + image.origin().path() + ") cannot be decoded",
                        image.span());
                out.add(b);
                continue;
            }
            tried.add(image);
            try {
                out.addAll(recognizer.get().recognise(img, image.origin(), context));
            } catch (UnreadableDocumentException e) {
                problems.add("image-unrecognised", "an image (" + image.origin().path() + ") could not be"
                        + " recognised: " + e.getMessage(), image.span());
            }
            out.add(b);
        }
        return new Recognised(out, tried);
    }

    private static BufferedImage load(ImageBlock image) {
        try {
            return image.image().get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
