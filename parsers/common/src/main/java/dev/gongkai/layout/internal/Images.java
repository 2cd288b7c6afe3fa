package dev.gongkai.layout.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageBlock;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ProblemList;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Images in a document's blocks, handed to the installed {@link ImageRecognizer}: each is replaced by
 * the blocks recognised in it, in place, so the interpreter sees the text and the recognised tables in
 * document order. Without a recogniser, or when an image cannot be decoded or recognised, the image
 * stays as it is and the interpreter records the table it stands for as held but not mapped.
 */
final class Images {

    /** Problem code of a table section whose table is an image that was not recognised. */
    static final String TABLE_IMAGE = "table-image";

    private Images() {}

    static List<Block> recognised(List<Block> blocks, ParseContext context, ProblemList problems) {
        if (blocks.stream().noneMatch(b -> b instanceof ImageBlock)) {
            return blocks;
        }
        Optional<ImageRecognizer> recognizer = ImageRecognizer.installed();
        if (recognizer.isEmpty()) {
            return blocks;
        }
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
            try {
                out.addAll(recognizer.get().recognise(img, image.origin(), context));
            } catch (UnreadableDocumentException e) {
                problems.add("image-unrecognised", "an image (" + image.origin().path() + ") could not be"
                        + " recognised: " + e.getMessage(), image.span());
                out.add(b);
            }
        }
        return out;
    }

    private static BufferedImage load(ImageBlock image) {
        try {
            return image.image().get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
