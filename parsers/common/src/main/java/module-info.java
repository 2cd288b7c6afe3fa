/**
 * The format-neutral block form and the one template interpreter shared by every format reader.
 */
module dev.gongkai.parser.common {
    requires transitive dev.gongkai.core;
    requires transitive java.desktop;
    requires java.xml;

    exports dev.gongkai.layout;
    exports dev.gongkai.layout.page;
    // the text reader cuts crawler dumps into cells by the interpreter's own label and value tests; the
    // spreadsheet readers cut a sheet into blocks one way (SheetCut); the page geometry and the OCR reader merge ruled slots one way
    // (MergedSlots)
    exports dev.gongkai.layout.internal to dev.gongkai.parser.text, dev.gongkai.parser.ofd, dev.gongkai.parser.odf,
            dev.gongkai.parser.office, dev.gongkai.parser.ocr;

    // an OCR engine, when installed, recognises images for the readers that meet them
    uses dev.gongkai.layout.ImageRecognizer;
}
