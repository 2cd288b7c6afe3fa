package dev.gongkai.layout.internal;

/**
 * What a piece of text would be to the interpreter, for readers that must cut running text into
 * cells themselves (crawler dumps): a template label, a value, or a section heading. Thread-safe.
 */
public final class CellText {

    private CellText() {}

    /** True when the text is a row label or header of the template's tables. */
    public static boolean isLabel(String text) {
        return LabelCatalog.get().match(text) != null;
    }

    /** True when the text is a row label of table 二 or 三 (values follow it). */
    public static boolean isRowLabel(String text) {
        Label l = LabelCatalog.get().match(text);
        return l != null && (l.kind() == Label.Kind.APPLICATION_ROW || l.kind() == Label.Kind.ACTIVE_ROW);
    }

    /** True when the text is a number or a blank marker ({@code —}, {@code /} …), not empty. */
    public static boolean isValue(String text) {
        return !text.isBlank() && (ValueReader.isNumber(text) || ValueReader.isBlank(text));
    }

    /** True when the text is one of the six section headings. */
    public static boolean isHeading(String text) {
        return HeadingMatcher.match(text) != null;
    }

    /** True when the text is a whole date ({@code 2024年1月31日}), as under a signature. */
    public static boolean isDate(String text) {
        return Dates.date(text) != null;
    }

    /** True when the text could be a signing organ's line (short, no sentence, an organ's ending). */
    public static boolean isOrganName(String text) {
        return Metadata.organLine(text);
    }
}
