package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.model.YearMention;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The year and organ of a recognised report count only where a second place confirms them. */
class RecognisedReportsTest {

    private static Report report(String title, String organ, Integer year, YearMention... years) {
        return Report.builder(Edition.E2021).title(title).organ(organ).year(year)
                .structure(new DocumentStructure(true, List.of(), Set.of(TableId.APPLICATIONS), List.of(years), List.of()))
                .build();
    }

    @Test
    void aYearTwoPlacesStateIsCertainAYearOnlyTheTitleStatesIsNot() {
        String title = "樟树市2023年政府信息公开工作年度报告";
        Report two = report(title, "樟树市", 2023, new YearMention("title", 2023, title),
                new YearMention("period", 2023, "2023年1月1日"));
        assertThat(RecognisedReports.metadata(two).structure().metadataUncertain()).isEmpty();

        Report one = report(title, "樟树市", 2028, new YearMention("title", 2028, title),
                new YearMention("period", 2023, "2023年1月1日"), new YearMention("body", 2023, "2023年"));
        Report settled = RecognisedReports.metadata(one);
        assertThat(settled.structure().metadataUncertain()).containsExactly(Map.entry("year", "ocr-year-unconfirmed"));
        assertThat(settled.structure().metadataCertain()).isFalse();
        assertThat(settled.year()).as("the value is kept, said uncertain").isEqualTo(2028);
    }

    @Test
    void anOrganTheTitleContradictsIsUncertain() {
        String title = "赣州经济技术开发区党政办公室2023年政府信息公开工作年度报告";
        YearMention[] years = {new YearMention("title", 2023, title), new YearMention("body", 2023, "2023年")};
        Report misread = report(title, "闭州经济技术开发区党政办公室", 2023, years);
        assertThat(RecognisedReports.metadata(misread).structure().metadataUncertain())
                .containsExactly(Map.entry("organ", "ocr-organ-unconfirmed"));

        Report signed = report("樟树市2023年政府信息公开工作年度报告", "樟树市人民政府办公室", 2023, years);
        assertThat(RecognisedReports.metadata(signed).structure().metadataUncertain()).isEmpty();
        Report untitled = report(null, "樟树市人民政府办公室", 2023, years);
        assertThat(RecognisedReports.metadata(untitled).structure().metadataUncertain()).isEmpty();
    }

    @Test
    void aTableRecognitionDidNotGiveIsHeldNotMissing() {
        Report r = RecognisedReports.tablesHeld(report(null, null, null), "page-recognised");
        assertThat(r.structure().tablesUnmapped()).containsOnlyKeys(TableId.ACTIVE_DISCLOSURE, TableId.REVIEW_LITIGATION)
                .containsValue("page-recognised");
    }
}
