package dev.gongkai.layout.internal;

import dev.gongkai.NoTemplateException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.ImageBlock;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ProblemList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The template interpreter's implementation: outline, table walk, edition, metadata, assembly. */
public final class Interpreter {

    /** Problem code of a table the document holds (its section's heading and numbers) but no row of which was mapped. */
    static final String UNMAPPED = "table-unmapped";

    /** The numbers a section's table must hold to count as held. */
    private static final int MIN_NUMBERS = 3;

    private Interpreter() {}

    /** See {@link dev.gongkai.layout.TemplateInterpreter#interpret}. */
    public static ParseResult interpret(List<Block> blocks, ParseContext context, String parser,
            DocumentProperties properties) throws NoTemplateException {
        ProblemList problems = ProblemList.tracking(context.maxProblems());
        blocks = Radicals.inBlocks(blocks); // ⼈⺠ of a rebuilt PDF text layer are 人民
        Images.Recognised recognised = Images.recognised(blocks, context, problems);
        blocks = recognised.blocks();
        Outline outline = Outline.of(blocks);
        TableWalker walker = new TableWalker(problems);
        GluedSections glued = new GluedSections();
        Map<TableId, List<Table>> under = new EnumMap<>(TableId.class); // the tables under each table section's heading
        Map<TableId, ImageBlock> images = new EnumMap<>(TableId.class); // the first image not recognised under each
        Section section = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            section = outline.opens[i] != null ? outline.opens[i] : section;
            if (b instanceof Table t) {
                walker.table(t);
                glued.table(t, section);
                TableId id = GluedSections.tableOf(section);
                if (id != null) {
                    under.computeIfAbsent(id, x -> new ArrayList<>()).add(t);
                }
            } else if (b instanceof ImageBlock image) {
                TableId id = GluedSections.tableOf(section);
                if (id != null) {
                    images.putIfAbsent(id, image);
                }
            } else if (outline.opens[i] != null) {
                walker.heading(outline.opens[i] == Section.REVIEW_LITIGATION);
            } else if (b instanceof Paragraph p && !p.text().isBlank()) {
                walker.paragraph(p.text());
            }
        }
        TablesRead read = walker.result();
        if (read.isEmpty() && outline.headings.isEmpty()) {
            throw new NoTemplateException("no table and no section of the report template found"
                    + (context.fileName() == null ? "" : " (" + context.fileName() + ")"));
        }
        Metadata meta = Metadata.read(outline, properties, problems);
        Edition edition = edition(read, meta.year, problems);
        GluedSplit.apply(read, edition, problems);
        boolean collapsed = TableAssembler.collapsed(edition, read);
        GluedSplit.notFound(read, edition, collapsed, problems);
        AbsentRows.inGrids(read, edition, collapsed, problems);
        List<String> deviations = new ArrayList<>();
        Report.Builder b = Report.builder(edition);
        if (collapsed) {
            b.otherAsOneRow(true);
            deviations.add("table 三 has （六）其他处理 as one row (other) instead of its three sub-rows");
        }
        new TableAssembler(problems).fill(b, read, collapsed);
        b.year(meta.year).title(meta.title).organ(meta.organ).published(meta.published);
        for (Section s : outline.prose.keySet()) {
            b.section(s, outline.text(s, s == Section.OTHER_MATTERS ? meta.signatureParagraphs : 0));
        }
        Set<TableId> found = EnumSet.noneOf(TableId.class);
        if (!read.active.isEmpty() || !read.gluedActive.isEmpty()) {
            found.add(TableId.ACTIVE_DISCLOSURE);
        }
        if (!read.applications.isEmpty() || !read.gluedApplications.isEmpty()) {
            found.add(TableId.APPLICATIONS);
        }
        if (read.reviewFound) {
            found.add(TableId.REVIEW_LITIGATION);
        }
        // glued dumps first (their sections stand inside one line), then any table under its section's heading
        DocumentStructure structure = glued.unmapped(
                new DocumentStructure(true, outline.headings, found, meta.years, deviations), found, problems);
        for (Map.Entry<TableId, List<Table>> e : under.entrySet()) {
            TableId id = e.getKey();
            if (!found.contains(id) && !structure.tablesUnmapped().containsKey(id) && holdsNumbers(e.getValue())) {
                problems.add(UNMAPPED, "section " + id.section().numeral() + " holds a table with numbers, but no row"
                        + " of it could be mapped onto table " + id.section().numeral() + " of the template", null);
                structure = structure.withUnmapped(id, UNMAPPED);
            }
        }
        for (Map.Entry<TableId, ImageBlock> e : images.entrySet()) {
            TableId id = e.getKey();
            if (!found.contains(id) && !structure.tablesUnmapped().containsKey(id)) {
                problems.add(Images.TABLE_IMAGE, "table " + id.section().numeral() + " is an image ("
                        + e.getValue().origin().path() + (recognised.tried().contains(e.getValue())
                                ? "); the OCR engine did not recognise the table in it"
                                : "); a table that is an image is read only with the OCR reader installed"
                                        + " (gongkai-parser-ocr and Tesseract)"), e.getValue().span());
                structure = structure.withUnmapped(id, Images.TABLE_IMAGE);
            }
        }
        b.structure(structure);
        // values recognised from images are checked against the template's sums (a no-op for text)
        return new ParseResult(RecognisedSums.check(b.build(), problems), problems.list(), parser);
    }

    /** True when one of the tables holds at least {@link #MIN_NUMBERS} value cells with a number (looked at only for a table not found). */
    private static boolean holdsNumbers(List<Table> tables) {
        for (Table t : tables) {
            int n = 0;
            for (List<GridCell> row : t.rows()) {
                for (GridCell c : row) {
                    if (!c.merged() && !c.isEmpty() && ValueReader.isNumber(c.text()) && ++n >= MIN_NUMBERS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Edition edition(TablesRead read, Integer year, ProblemList problems) {
        int e19 = read.hints(Edition.E2019);
        int e21 = read.hints(Edition.E2021);
        if (e19 != e21) {
            Edition e = e19 > e21 ? Edition.E2019 : Edition.E2021;
            if (year != null && Edition.forYear(year) != e) {
                problems.add("edition-year", "the tables are of edition " + e.code() + " but the year is " + year, null);
            }
            return e;
        }
        if (year != null) {
            return Edition.forYear(year);
        }
        problems.add("edition-guessed", "neither the tables nor a year tell the edition; 2021 is assumed", null);
        return Edition.E2021;
    }
}
