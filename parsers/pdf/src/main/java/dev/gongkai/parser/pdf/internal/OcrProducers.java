package dev.gongkai.parser.pdf.internal;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The OCR and scanning tools that write searchable PDFs (a scan with a recognised text layer), known
 * by the producer or creator they write into the document information.
 */
final class OcrProducers {

    private static final List<String> NAMES = List.of("tesseract", "ocrmypdf", "abbyy", "finereader",
            "readiris", "omnipage", "paper capture", "clearscan", "naps2", "scansnap", "paperport", "kofax",
            "汉王", "文通", "ocr");

    private OcrProducers() {}

    /** True when the document's producer or creator names an OCR or scanning tool. */
    static boolean saysOcr(PDDocument document) {
        try {
            PDDocumentInformation info = document.getDocumentInformation();
            return info != null && (names(info.getProducer()) || names(info.getCreator()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean names(String tool) {
        if (tool == null) {
            return false;
        }
        String t = tool.toLowerCase(Locale.ROOT);
        for (String n : NAMES) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
