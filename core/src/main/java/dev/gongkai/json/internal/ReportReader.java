package dev.gongkai.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongkai.json.ReportFormatException;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.TableId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a JSON tree into a report, strictly: unknown fields, wrong types and rows or columns the
 * edition does not have are errors naming their path. Rows the document omits are read as missing.
 * Not API.
 */
public final class ReportReader {

    private static final Set<String> TOP = Set.of("schema", "edition", "year", "organ", "title", "published",
            "sections", "active_disclosure", "applications", "review_litigation", "uncertain");

    private ReportReader() {}

    public static Report read(JsonNode root) throws ReportFormatException {
        if (root == null || !root.isObject()) {
            throw new ReportFormatException("", "expected a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP.contains(f)) {
                throw new ReportFormatException("/" + f, "unknown field");
            }
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !ReportJson.SCHEMA_ID.equals(schema.asText(null)) || !schema.isTextual()) {
            throw new ReportFormatException("/schema", "expected \"" + ReportJson.SCHEMA_ID + "\"");
        }
        JsonNode ed = root.get("edition");
        Edition edition = ed != null && ed.isTextual() ? Edition.fromCode(ed.asText()).orElse(null) : null;
        if (edition == null) {
            throw new ReportFormatException("/edition", "expected \"2019\" or \"2021\"");
        }
        Report.Builder b = Report.builder(edition);
        JsonNode year = root.get("year");
        if (year != null && !year.isNull()) {
            if (!year.isIntegralNumber() || !year.canConvertToInt()) {
                throw new ReportFormatException("/year", "expected an integer year or null");
            }
            b.year(year.intValue());
        }
        b.organ(text(root, "organ"));
        b.title(text(root, "title"));
        String published = text(root, "published");
        if (published != null) {
            try {
                b.published(LocalDate.parse(published));
            } catch (DateTimeParseException e) {
                throw new ReportFormatException("/published", "expected an ISO date yyyy-MM-dd");
            }
        }
        JsonNode sections = root.get("sections");
        if (sections != null && !sections.isNull()) {
            if (!sections.isObject()) {
                throw new ReportFormatException("/sections", "expected an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Section s = Section.fromCode(e.getKey());
                if (s == null) {
                    throw new ReportFormatException("/sections/" + e.getKey(), "unknown section");
                }
                if (!e.getValue().isTextual()) {
                    throw new ReportFormatException("/sections/" + e.getKey(), "expected a string");
                }
                b.section(s, e.getValue().asText());
            }
        }
        b.activeDisclosure(table(root, "active_disclosure", Report.activeDisclosureBuilder(edition),
                ActiveRow::fromCode, ActiveColumn::fromCode));
        JsonNode apps = root.get("applications");
        boolean collapsed = edition == Edition.E2019 || (apps != null && apps.has(ApplicationRow.OTHER.code()));
        if (collapsed && edition == Edition.E2021) {
            for (ApplicationRow r : ApplicationRow.values()) {
                if (r.isOtherSubRow() && apps.has(r.code())) {
                    throw new ReportFormatException("/applications/" + r.code(),
                            "a table has either \"other\" or the three \"other.*\" rows, not both");
                }
            }
        }
        b.applications(table(root, "applications", Report.applicationsBuilder(edition, collapsed),
                ApplicationRow::fromCode, Applicant::fromCode));
        b.reviewLitigation(table(root, "review_litigation", Report.reviewLitigationBuilder(),
                ReviewGroup::fromCode, ReviewColumn::fromCode));
        uncertain(root.get("uncertain"), b);
        return b.build();
    }

    /** The optional list of places the reader could not read with certainty, applied to the cells and tables. */
    private static void uncertain(JsonNode list, Report.Builder b) throws ReportFormatException {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw new ReportFormatException("/uncertain", "expected an array");
        }
        Report built = b.build();
        DocumentStructure structure = built.structure();
        for (int i = 0; i < list.size(); i++) {
            String path = "/uncertain/" + i;
            JsonNode u = list.get(i);
            if (!u.isObject()) {
                throw new ReportFormatException(path, "expected an object");
            }
            for (Iterator<String> it = u.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!Set.of("table", "row", "column", "problem").contains(f)) {
                    throw new ReportFormatException(path + "/" + f, "unknown field");
                }
            }
            String table = text(u, "table", path);
            String row = text(u, "row", path);
            String column = text(u, "column", path);
            String problem = text(u, "problem", path);
            if (problem == null || problem.isBlank()) {
                throw new ReportFormatException(path + "/problem", "expected the reader's problem code");
            }
            TableId id = table == null ? null : TableId.fromCode(table);
            if (id == null) {
                throw new ReportFormatException(path + "/table", "expected a table code");
            }
            if (row == null && column == null) {
                structure = structure.withUnmapped(id, problem);
                continue;
            }
            if (row == null || column == null) {
                throw new ReportFormatException(path, "a cell names its row and its column; a table neither");
            }
            String where = path + " (" + table + "/" + row + "/" + column + ")";
            switch (id) {
                case ACTIVE_DISCLOSURE -> {
                    ActiveRow r = ActiveRow.fromCode(row);
                    ActiveColumn c = ActiveColumn.fromCode(column);
                    requireCell(r != null && c != null && built.activeDisclosure().has(r, c), where);
                    b.cell(r, c, built.activeDisclosure().cell(r, c).uncertain(problem));
                }
                case APPLICATIONS -> {
                    ApplicationRow r = ApplicationRow.fromCode(row);
                    Applicant c = Applicant.fromCode(column);
                    requireCell(r != null && c != null && built.applications().has(r, c), where);
                    b.cell(r, c, built.applications().cell(r, c).uncertain(problem));
                }
                case REVIEW_LITIGATION -> {
                    ReviewGroup r = ReviewGroup.fromCode(row);
                    ReviewColumn c = ReviewColumn.fromCode(column);
                    requireCell(r != null && c != null && built.reviewLitigation().has(r, c), where);
                    b.cell(r, c, built.reviewLitigation().cell(r, c).uncertain(problem));
                }
            }
        }
        b.structure(structure);
    }

    private static void requireCell(boolean ok, String where) throws ReportFormatException {
        if (!ok) {
            throw new ReportFormatException(where, "not a cell of this report's tables");
        }
    }

    private static String text(JsonNode node, String field, String path) throws ReportFormatException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ReportFormatException(path + "/" + field, "expected a string or null");
        }
        return n.asText();
    }

    private static String text(JsonNode root, String field) throws ReportFormatException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ReportFormatException("/" + field, "expected a string or null");
        }
        return n.asText();
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> StatTable<R, C> table(
            JsonNode root, String name, StatTable.Builder<R, C> b,
            Function<String, R> rows, Function<String, C> columns)
            throws ReportFormatException {
        JsonNode t = root.get(name);
        if (t == null || t.isNull()) {
            return b.build();
        }
        if (!t.isObject()) {
            throw new ReportFormatException("/" + name, "expected an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> re = it.next();
            String rowPath = "/" + name + "/" + re.getKey();
            R row = rows.apply(re.getKey());
            if (row == null) {
                throw new ReportFormatException(rowPath, "unknown row");
            }
            if (!b.rows().contains(row)) {
                throw new ReportFormatException(rowPath, "not a row of this edition's template");
            }
            if (!re.getValue().isObject()) {
                throw new ReportFormatException(rowPath, "expected an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> ct = re.getValue().fields(); ct.hasNext(); ) {
                Map.Entry<String, JsonNode> ce = ct.next();
                String path = rowPath + "/" + ce.getKey();
                C col = columns.apply(ce.getKey());
                if (col == null) {
                    throw new ReportFormatException(path, "unknown column");
                }
                if (!b.has(row, col)) {
                    throw new ReportFormatException(path, "not a column of this row in this edition's template");
                }
                JsonNode v = ce.getValue();
                SourceSpan span = SourceSpan.path(path);
                if (v.isNull()) {
                    b.put(row, col, new Cell(null, null, span));
                } else if (v.isNumber()) {
                    b.put(row, col, Cell.read(v.decimalValue(), v.asText(), span));
                } else {
                    throw new ReportFormatException(path, "expected a number or null, found "
                            + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return b.build();
    }
}
