package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.testkit.ocr.ScriptedRecognizer;
import dev.gongkai.layout.RecognitionWork;
import dev.gongkai.layout.Table;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ProblemList;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Image-only PDFs: a table the engine did not give is unmapped, not missing; several scanned PDFs read at once (as the command line's --jobs workers do): the pages handed to the
 * OCR engine are bounded for the whole JVM by {@link RecognitionWork}, not per document.
 */
class ScanConcurrencyTest {

    private final int before = RecognitionWork.parallelism();

    @AfterEach
    void restore() {
        RecognitionWork.setParallelism(before);
        ScriptedRecognizer.delay(0);
        ScriptedRecognizer.answer(null);
    }

    /** An image-only PDF of {@code pages} pages. */
    private static byte[] scan(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** How many pages the engine saw at most at once while {@code documents} scans were read in parallel. */
    private static int mostAtOnce(int bound, int documents, int pages) throws Exception {
        RecognitionWork.setParallelism(bound);
        ScriptedRecognizer.answer(null);
        ScriptedRecognizer.delay(60);
        byte[] pdf = scan(pages);
        long before = RecognitionWork.counts().recognised();
        ExecutorService workers = Executors.newFixedThreadPool(documents);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                reads.add(workers.submit(() -> {
                    try {
                        return new PdfReportParser().parse(new ByteArrayInputStream(pdf), ParseContext.defaults());
                    } catch (UnreadableDocumentException e) {
                        return null; // the engine here recognises nothing: no report in the pages
                    }
                }));
            }
            for (Future<?> r : reads) {
                r.get();
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(ScriptedRecognizer.calls()).as("pages recognised").isEqualTo(documents * pages);
        assertThat(RecognitionWork.counts().recognised() - before).as("pages counted").isEqualTo(documents * pages);
        assertThat(RecognitionWork.counts().running()).isZero();
        return ScriptedRecognizer.mostAtOnce();
    }

    @Test
    void aTableTheEngineDidNotGiveFromAnImageOnlyPdfIsUnmappedNotMissing() throws Exception {
        List<Block> blocks = new ArrayList<>(PdfReportParser.blocks(new ByteArrayInputStream(LibreOfficeFixturesTest
                .resource("/fixtures/000_caa70d9250cb3ad4-ruled.pdf")), ParseContext.defaults(), ProblemList.tracking(100)));
        Block first = blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        blocks.remove(first); // table 二 not recognised
        ScriptedRecognizer.answer(origin -> blocks);
        Report report = new PdfReportParser().parse(new ByteArrayInputStream(scan(1)), ParseContext.defaults()).report();
        assertThat(report.structure().tablesFound()).doesNotContain(TableId.ACTIVE_DISCLOSURE);
        assertThat(report.structure().tablesUnmapped()).containsEntry(TableId.ACTIVE_DISCLOSURE, "page-recognised");
        assertThat(Validator.defaults().validate(report)).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void fourScansAtOnceNeverRecogniseMorePagesThanTheBound() throws Exception {
        // one page each: read on its worker's own thread, so without the bound all four would run at once
        assertThat(mostAtOnce(2, 4, 1)).isBetween(1, 2);
        assertThat(mostAtOnce(3, 6, 1)).isBetween(1, 3);
    }

    @Test
    void aBoundOfOneRecognisesOnePageAtATimeAcrossDocuments() throws Exception {
        assertThat(mostAtOnce(1, 3, 2)).isEqualTo(1);
    }
}
