package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.DocumentProperties;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * An office file's document properties, as far as they may tell the report's metadata: the title
 * only. The dates (created, last saved) are not taken: a report is often written in last year's file
 * or a template, and saved again after it is published, so neither is its publication date; the
 * author and company are the word processor's user, not the organ. The interpreter uses the title
 * only where the report's text has none, and only when it names a report. Not API.
 */
final class FileProperties {

    private FileProperties() {}

    /** The properties of a .docx or .xlsx package. */
    static DocumentProperties of(OPCPackage pkg) {
        try {
            return DocumentProperties.NONE.withTitle(pkg.getPackageProperties().getTitleProperty().orElse(null));
        } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return DocumentProperties.NONE; // damaged properties cost only the properties
        }
    }

    /** The properties of a .doc or .xls compound file (its SummaryInformation stream). */
    static DocumentProperties of(DirectoryNode root) {
        if (!root.hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)) {
            return DocumentProperties.NONE;
        }
        try {
            PropertySet ps = PropertySetFactory.create(root, SummaryInformation.DEFAULT_STREAM_NAME);
            return ps instanceof SummaryInformation si ? DocumentProperties.NONE.withTitle(si.getTitle())
                    : DocumentProperties.NONE;
        } catch (Exception e) {
            return DocumentProperties.NONE; // damaged properties cost only the properties
        }
    }
}
