package dev.gongkai.cli.check;

import dev.gongkai.layout.RecognitionWork;

/**
 * The OCR work of a batch for its progress display, from {@link RecognitionWork}'s counts (the engine's
 * pages, which may take seconds each while no file is done): counted from when the display began.
 */
final class OcrNote {

    private final RecognitionWork.Counts base = RecognitionWork.counts();

    /** {@code OCR: 4 images recognised, 2 being recognised, 3 waiting}; empty when no image was handed over. */
    String now() {
        RecognitionWork.Counts c = RecognitionWork.counts();
        return text(c.recognised() - base.recognised(), c.running(), c.waiting());
    }

    static String text(long recognised, long running, long waiting) {
        if (recognised <= 0 && running <= 0 && waiting <= 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("OCR: ").append(recognised)
                .append(recognised == 1 ? " image recognised" : " images recognised");
        if (running > 0) {
            b.append(", ").append(running).append(" being recognised");
        }
        if (waiting > 0) {
            b.append(", ").append(waiting).append(" waiting");
        }
        return b.toString();
    }
}
