package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import org.junit.jupiter.api.Test;

/** For thousands of generated reports: canonical JSON write → read loses nothing, and the output validates. */
class JsonRoundTripPropertyTest {

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema());

    private static void roundTrip(ReportGenerator g, long seed) throws Exception {
        Report r = g.generate(seed);
        String json = ReportJson.toJson(r);
        Report back = ReportJson.read(json);
        assertThat(ReportDiff.between(r, back)).as("%s seed %d", g, seed).isEmpty();
        assertThat(ReportJson.toJson(back)).as("%s seed %d", g, seed).isEqualTo(json);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("%s seed %d", g, seed).isEmpty();
    }

    @Test
    void plainReports() throws Exception {
        for (long seed = 0; seed < 2000; seed++) {
            roundTrip(Reports.generator(), seed);
        }
    }

    @Test
    void blanksCollapsedAndEveryMagnitude() throws Exception {
        for (Magnitudes m : Magnitudes.values()) {
            ReportGenerator g = Reports.generator().withBlanks().magnitudes(m);
            ReportGenerator c = Reports.generator().withCollapsedOtherRow().magnitudes(m);
            for (long seed = 0; seed < 300; seed++) {
                roundTrip(g, seed);
                roundTrip(c, seed);
            }
        }
    }
}
