/**
 * A scripted OCR engine (API) for the tests of readers that hand images to an
 * {@link dev.gongkai.layout.ImageRecognizer}: {@link dev.gongkai.testkit.ocr.ScriptedRecognizer}. Needs
 * gongkai-parser-common on the class path, which every reader brings; the testkit does not bring it.
 */
package dev.gongkai.testkit.ocr;
