package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.FlatRow;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.testkit.render.Variation;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every renderer × every encoding writes bytes that decode back to its text, deterministically, stating the report. */
@Tag("slow")
class RendererPropertyTest {

    static final List<Renderer> ALL = List.of(TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flat(),
            TextRenderer.flatSpaced(), TextRenderer.flatMixed(), MarkdownRenderer.standard(), HtmlRenderer.standard());

    static final int SEEDS = 300;

    @Test
    void everyRendererAndEncodingDecodesBackToTheText() throws Exception {
        for (long seed = 0; seed < SEEDS / 3; seed++) {
            Report r = Reports.generator().withBlanks().generate(seed);
            for (Renderer renderer : ALL) {
                for (Encoding e : Encoding.values()) {
                    RenderOptions o = RenderOptions.seeded(seed).encoding(e).fragment(seed % 3 == 0);
                    Rendering x = renderer.render(r, o);
                    byte[] bytes = x.bytes();
                    byte[] bom = e.bom();
                    assertThat(Arrays.copyOf(bytes, bom.length)).as("%s seed %d", x.describe(), seed).isEqualTo(bom);
                    String back = e.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length)).toString();
                    assertThat(back).as("%s seed %d", x.describe(), seed).isEqualTo(x.text());
                    assertThat(renderer.render(r, o).bytes()).as("%s seed %d twice", x.describe(), seed).isEqualTo(bytes);
                    assertThat(renderer.supported()).containsAll(x.variations());
                }
            }
        }
    }

    @Test
    void plainTabsStateEveryApplicationsRowUnderItsLabel() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Report r = Reports.generator().generate(seed);
            List<String> lines = List.of(TextRenderer.tabs().render(r, RenderOptions.plain()).text().split("\n", -1));
            for (ApplicationRow row : r.applications().rows()) {
                int at = lines.indexOf("\t" + row.label());
                assertThat(at).as("seed %d row %s", seed, row.code()).isPositive();
                for (int i = 0; i < 7; i++) {
                    String v = r.applications().value(row, Applicant.all().get(i)).toPlainString();
                    assertThat(lines.get(at + 1 + i)).as("seed %d %s", seed, row.code()).isEqualTo("\t" + v);
                }
            }
        }
    }

    @Test
    void metadataAndProseAreWrittenWhereReadersLook() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Report r = Reports.generator().generate(seed);
            for (Renderer renderer : List.of(TextRenderer.tabs(), TextRenderer.pipes(), MarkdownRenderer.standard())) {
                Rendering x = renderer.render(r, RenderOptions.seeded(seed));
                String t = x.text();
                String joinedTitle = t.replace("\n", "").replace("# ", "");
                assertThat(joinedTitle).as("%s seed %d", x.describe(), seed).contains(r.title());
                for (Section s : Section.values()) {
                    for (String line : r.section(s).split("\n")) {
                        assertThat(t).as("%s seed %d", x.describe(), seed).contains(line);
                    }
                }
                int six = t.indexOf("六、");
                assertThat(six).as("%s seed %d", x.describe(), seed).isPositive();
                if (r.published() != null) {
                    String after = t.substring(six);
                    assertThat(after).contains(r.organ()).contains(r.published().getYear() + "年"
                            + r.published().getMonthValue() + "月" + r.published().getDayOfMonth() + "日");
                }
                if (!x.variations().contains(Variation.MISSING_NUMERAL)) {
                    assertThat(t).contains("五、");
                }
            }
        }
    }

    @Test
    void flatRowsAreTheCellsRunTogetherAndTheTrueSplitAlwaysFits() {
        int ambiguous = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Report r = Reports.generator().generate(seed);
            Rendering flat = TextRenderer.flat().render(r, RenderOptions.seeded(seed).without(Variation.FULLWIDTH_DIGITS));
            Rendering spaced = TextRenderer.flatSpaced().render(r, RenderOptions.seeded(seed));
            assertThat(flat.text().split("\n")).hasSizeLessThanOrEqualTo(2);
            assertThat(flat.flatRows()).hasSize(r.applications().rows().size() + r.activeDisclosure().rows().size() + 1);
            for (FlatRow row : flat.flatRows()) {
                assertThat(row.written()).isEqualTo(String.join("", row.cells()));
                assertThat(flat.text()).contains(row.written());
                assertThat(row.candidates()).as("seed %d %s", seed, row).isGreaterThanOrEqualTo(1);
                if (row.table().equals("applications") && row.cells().stream().allMatch(c -> c.length() == 1)) {
                    assertThat(row.candidates()).as("seed %d %s", seed, row).isEqualTo(1);
                }
            }
            ambiguous += flat.ambiguousRows().size();
            for (FlatRow row : spaced.flatRows()) {
                assertThat(row.written().split(" ")).containsExactlyElementsOf(row.cells());
            }
        }
        assertThat(ambiguous).as("some rows are ambiguous, as in real dumps").isPositive();
    }

    @Test
    void mixedDumpsSpaceSomeCellBoundariesAndRunOthersTogether() {
        int spaced = 0;
        int glued = 0;
        int labelsRunIntoNumbers = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Report r = Reports.generator().generate(seed);
            Rendering mixed = TextRenderer.flatMixed().render(r, RenderOptions.seeded(seed).without(Variation.FULLWIDTH_DIGITS));
            assertThat(mixed.text().split("\n")).hasSizeLessThanOrEqualTo(2);
            assertThat(mixed.flatRows()).hasSize(r.applications().rows().size() + r.activeDisclosure().rows().size() + 1);
            for (FlatRow row : mixed.flatRows()) {
                assertThat(mixed.text()).contains(row.written());
                // the cells in order, a single space or nothing between two of them, never inside one
                assertThat(row.written().replace(" ", "")).isEqualTo(String.join("", row.cells()));
                assertThat(row.written().split(" ").length).isLessThanOrEqualTo(row.cells().size());
                int gaps = row.written().split(" ").length - 1;
                spaced += gaps;
                glued += row.cells().size() - 1 - gaps;
            }
            labelsRunIntoNumbers += mixed.text().matches("(?s).*[\\u4e00-\\u9fff][0-9].*") ? 1 : 0;
            assertThat(TextRenderer.flatMixed().render(r, RenderOptions.seeded(seed)).text())
                    .isEqualTo(TextRenderer.flatMixed().render(r, RenderOptions.seeded(seed)).text());
        }
        assertThat(spaced).as("boundaries written as a space").isPositive();
        assertThat(glued).as("boundaries written as nothing").isPositive();
        assertThat(labelsRunIntoNumbers).as("dumps with a label run into a number").isPositive();
    }

    @Test
    void htmlDeclaresItsCharsetAndMarkdownSplitsTables() {
        Report r = Reports.generator().generate(5);
        Rendering gbk = HtmlRenderer.standard().render(r, RenderOptions.plain().encoding(Encoding.GBK).with(Variation.PAGE_CHROME));
        assertThat(gbk.text()).contains("<meta charset=\"gbk\">").contains("rowspan=").contains("colspan=").contains("<br>")
                .contains("breadcrumb");
        Rendering split = MarkdownRenderer.standard().render(r, RenderOptions.seeded(1).with(Variation.SPLIT_TABLES, Variation.REPEATED_HEADER));
        assertThat(split.text()).containsPattern("\n— \\d+ —\n");
        assertThat(split.variations()).contains(Variation.SPLIT_TABLES, Variation.REPEATED_HEADER);
        Rendering plain = TextRenderer.tabs().render(r, RenderOptions.plain());
        assertThat(plain.variations()).isEmpty();
    }

    @Test
    void seededOptionsCoverEveryVariation() {
        Set<Variation> seen = EnumSet.noneOf(Variation.class);
        for (long seed = 0; seed < 200; seed++) {
            Report r = Reports.generator().generate(seed);
            for (Renderer renderer : ALL) {
                seen.addAll(renderer.render(r, RenderOptions.seeded(seed)).variations());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Variation.values());
    }

    @Test
    void eachVariationShowsInTheText() {
        Report r = Reports.generator().edition(dev.gongkai.model.Edition.E2021).generate(8);
        assertThat(render(r, Variation.HEJI_FOR_TOTAL)).contains("\t合计\n");
        assertThat(render(r, Variation.ZHIJI)).contains("只记这一情形");
        assertThat(render(r, Variation.COMPLAINT_WORDING)).contains("信访投诉举报类申请");
        assertThat(render(r, Variation.RESULT_MAINTAINED)).contains("结果维护");
        assertThat(render(r, Variation.ASCII_PUNCTUATION)).contains("第二十条第(一)项");
        assertThat(render(r, Variation.SPACES_IN_LABELS)).contains("自 然人");
        assertThat(render(r, Variation.FULLWIDTH_DIGITS)).containsPattern("\t[０-９]+\n");
        assertThat(render(r, Variation.PADDED_ZERO)).containsPattern("\t( 0|0 )\n");
        assertThat(render(r, Variation.MISSING_NUMERAL)).contains("\n存在的主要问题及改进情况\n");
        assertThat(render(r, Variation.NO_PREAMBLE)).doesNotContain("本报告依据");
        assertThat(render(r, Variation.TITLE_TWO_LINES)).startsWith(r.title().substring(0, r.title().indexOf("信息公开工作")) + "\n");
        assertThat(render(r, Variation.TITLE_IN_PREAMBLE)).startsWith("本报告依据").contains("《" + r.title() + "》");
        assertThat(render(r, Variation.NORMATIVE_WITHOUT_ADMINISTRATIVE)).contains("\t规范性文件\n");
    }

    @Test
    void missingCellsAreNotWrittenSoRowsComeOutShort() {
        Report full = Reports.generator().edition(dev.gongkai.model.Edition.E2019).generate(4);
        Report.Builder b = full.toBuilder();
        b.cell(ApplicationRow.GRANTED, Applicant.OTHER_ORG, dev.gongkai.model.Cell.MISSING);
        b.cell(ApplicationRow.GRANTED, Applicant.TOTAL, dev.gongkai.model.Cell.MISSING);
        List<String> lines = List.of(TextRenderer.tabs().render(b.build(), RenderOptions.plain()).text().split("\n", -1));
        int at = lines.indexOf("\t" + ApplicationRow.GRANTED.label());
        for (int i = 0; i < 5; i++) {
            assertThat(lines.get(at + 1 + i)).matches("\t[0-9]+");
        }
        assertThat(lines.get(at + 6)).isEmpty();
    }

    private static String render(Report r, Variation v) {
        return TextRenderer.tabs().render(r, RenderOptions.plain().with(v)).text();
    }
}
