package dev.gongkai.parser.office.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text of a spreadsheet cell as the interpreter should read it. A number is written as the exact
 * decimal Excel shows at full precision (15 significant digits, so a stored 0.30000000000000004 reads
 * {@code 0.3} and 6858.05 reads {@code 6858.05}), with no thousands separators; dates and percentages
 * as displayed; formulas by their cached result. Not API.
 */
final class CellText {
    private static final MathContext EXCEL = new MathContext(15);

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** The cell's text; {@code ""} for blank cells. */
    String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> Texts.cell(Texts.clean(cell.getRichStringCellValue().getString()));
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell.getErrorCellValue());
            default -> "";
        };
    }

    /** What the cell shows, as the formatter renders it. */
    String displayed(Cell cell) {
        return formatter.formatCellValue(cell).strip();
    }

    private String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return displayed(cell);
        }
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return displayed(cell);
        }
        return decimal(cell.getNumericCellValue());
    }

    /** A stored double as the decimal Excel shows at full precision. */
    static String decimal(double d) {
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(d).round(EXCEL).stripTrailingZeros().toPlainString();
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
