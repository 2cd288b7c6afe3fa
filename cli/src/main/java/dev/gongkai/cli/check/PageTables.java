package dev.gongkai.cli.check;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Code;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.Uncertainty;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Tables 二, 三 and 四 of a report as report.html embeds them: the template's layouts once per page (row
 * and column codes and labels of each edition, from the model), and per report only the values as read,
 * in layout order, with the cells the reader doubted. A value is its plain decimal; a blank or missing
 * cell is the empty string (blank is never 0); a table the document lacks is {@code null}.
 */
final class PageTables {
    private PageTables() {}

    /** The layouts: {@code 2019}, {@code 2021} and {@code 2021c} (2021 with （六）其他处理 as one row). */
    static void layouts(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("layouts");
        layout(g, "2019", Edition.E2019, true);
        layout(g, "2021", Edition.E2021, false);
        layout(g, "2021c", Edition.E2021, true);
        g.writeEndObject();
    }

    private static void layout(JsonGenerator g, String key, Edition ed, boolean collapsed) throws IOException {
        g.writeObjectFieldStart(key);
        // 二: [code, label, item, [[column code, column label]…]]
        g.writeArrayFieldStart("active_disclosure");
        for (ActiveRow r : ActiveRow.rows(ed)) {
            g.writeStartArray();
            g.writeString(r.code());
            g.writeString(r.label(ed));
            g.writeString(r.item());
            g.writeStartArray();
            for (ActiveColumn c : r.columns(ed)) {
                g.writeStartArray();
                g.writeString(c.code());
                g.writeString(c.label(ed));
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        // 三: rows [code, label, group or null, kind]; columns [code, label]
        g.writeArrayFieldStart("applications");
        for (ApplicationRow r : ApplicationRow.rows(ed, collapsed)) {
            g.writeStartArray();
            g.writeString(r.code());
            g.writeString(r.label());
            g.writeString(r.group());
            g.writeString(r.kind().name());
            g.writeEndArray();
        }
        g.writeEndArray();
        codes(g, "applicants", Applicant.all());
        g.writeEndObject();
    }

    /** The parts of the layout that do not depend on the edition: table 四's groups and columns. */
    static void reviewLayout(JsonGenerator g) throws IOException {
        codes(g, "review_groups", ReviewGroup.all());
        codes(g, "review_columns", ReviewColumn.all());
    }

    private static void codes(JsonGenerator g, String field, List<? extends Code> codes) throws IOException {
        g.writeArrayFieldStart(field);
        for (Code c : codes) {
            g.writeStartArray();
            g.writeString(c.code());
            g.writeString(c.label());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** The layout key of a report. */
    static String layoutOf(Report r) {
        return r.edition() == Edition.E2019 ? "2019" : r.otherCollapsed() ? "2021c" : "2021";
    }

    /**
     * One report's tables: {@code [layout, 二, 三, 四, uncertain]}, each table a string of values joined by
     * commas in layout order, {@code uncertain} a list of {@code [table, row, column, problem]} indexes
     * into the page's strings (row and column {@code -1} for a whole table held but not mapped).
     */
    static void write(JsonGenerator g, Report r, PageStrings s) throws IOException {
        Edition ed = r.edition();
        g.writeStartArray();
        g.writeString(layoutOf(r));
        StatTable<ActiveRow, ActiveColumn> t2 = r.activeDisclosure();
        if (t2.isAbsent()) {
            g.writeNull();
        } else {
            StringBuilder b = new StringBuilder();
            for (ActiveRow row : ActiveRow.rows(ed)) {
                for (ActiveColumn c : row.columns(ed)) {
                    value(b, t2.value(row, c));
                }
            }
            g.writeString(trim(b));
        }
        StatTable<ApplicationRow, Applicant> t3 = r.applications();
        if (t3.isAbsent()) {
            g.writeNull();
        } else {
            StringBuilder b = new StringBuilder();
            for (ApplicationRow row : ApplicationRow.rows(ed, ed == Edition.E2019 || r.otherCollapsed())) {
                for (Applicant c : Applicant.all()) {
                    value(b, t3.value(row, c));
                }
            }
            g.writeString(trim(b));
        }
        StatTable<ReviewGroup, ReviewColumn> t4 = r.reviewLitigation();
        if (t4.isAbsent()) {
            g.writeNull();
        } else {
            StringBuilder b = new StringBuilder();
            for (ReviewGroup row : ReviewGroup.all()) {
                for (ReviewColumn c : ReviewColumn.all()) {
                    value(b, t4.value(row, c));
                }
            }
            g.writeString(trim(b));
        }
        List<Uncertainty> doubts = r.uncertainties();
        g.writeStartArray();
        for (Uncertainty u : doubts) {
            g.writeStartArray();
            g.writeNumber(s.index(u.table().code()));
            g.writeNumber(u.row() == null ? -1 : s.index(u.row().code()));
            g.writeNumber(u.column() == null ? -1 : s.index(u.column().code()));
            g.writeNumber(s.index(u.problem()));
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
    }

    private static void value(StringBuilder b, BigDecimal v) {
        if (v != null) {
            b.append(v.toPlainString());
        }
        b.append(',');
    }

    private static String trim(StringBuilder b) {
        return b.length() == 0 ? "" : b.substring(0, b.length() - 1);
    }
}
