/**
 * The OCR reader: page images and image-only PDF pages recognised with the Tesseract command line,
 * tables cut along their ruling lines, handed to the shared template interpreter.
 */
module dev.gongkai.parser.ocr {
    requires dev.gongkai.parser.common;
    requires java.desktop;

    exports dev.gongkai.parser.ocr;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.ocr.ImageReportParser;
    provides dev.gongkai.layout.ImageRecognizer with dev.gongkai.parser.ocr.TesseractRecognizer;
}
