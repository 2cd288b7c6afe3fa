package dev.gongkai.parser.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A photo of one page of a report (seed 000's first page, made by {@code make-fixtures.sh partial}: title
 * and prose, no table): the tables recognition did not give are held, not missing, so validation says
 * {@code reading.uncertain}, never a missing-table ERROR; the year and organ are read right.
 */
@Tag("slow")
class PartialScanTest {

    @Test
    void aPageWithoutTablesIsUncertainNotMissingTables() throws Exception {
        OcrAudit.requireEngine();
        Report r = Gongkai.parse(Path.of("src/test/resources/partial/000-200-grey-page1.png")).report();
        assertThat(r.structure().tablesUnmapped()).containsKeys(TableId.APPLICATIONS, TableId.REVIEW_LITIGATION);
        List<Finding> findings = Validator.defaults().validate(r);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(findings).extracting(Finding::rule).doesNotContain("structure.tables").contains("reading.uncertain");
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.organ()).isEqualTo("樟树市");
        assertThat(r.structure().metadataUncertain()).as("the organ, the title's, is not contradicted")
                .doesNotContainKey(DocumentStructure.ORGAN);
    }
}
