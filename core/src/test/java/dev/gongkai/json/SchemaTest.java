package dev.gongkai.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shipped JSON Schema accepts the seeds' expected JSON and rejects each kind of malformed document. */
class SchemaTest {

    static final ObjectMapper M = new ObjectMapper();
    static final List<String> SEEDS = List.of("000_caa70d9250cb3ad4", "001_0f3a3c160bddc4d1",
            "002_d99c8dcb44f53e53", "003_e52139f12275cdbc", "004_848a9e02a78f2d1d");

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema());

    static Schema schema() {
        return SCHEMA;
    }

    static JsonNode seed(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/seeds-expected/" + name + ".json")) {
            return M.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Error> errors(JsonNode doc) {
        return schema().validate(doc.toString(), InputFormat.JSON);
    }

    @TestFactory
    Stream<DynamicTest> acceptsEverySeed() {
        return SEEDS.stream().map(s -> DynamicTest.dynamicTest(s, () -> assertThat(errors(seed(s))).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> acceptsCanonicalOutputOfEverySeed() {
        return SEEDS.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
            String written = ReportJson.toJson(ReportJson.read(seed(s).toString()));
            assertThat(errors(M.readTree(written))).isEmpty();
        }));
    }

    record Broken(String name, String seed, Consumer<ObjectNode> change) {}

    @TestFactory
    Stream<DynamicTest> rejectsMalformed() {
        List<Broken> cases = List.of(
                new Broken("wrong field name", "000_caa70d9250cb3ad4", d -> d.put("organisation", "x")),
                new Broken("wrong schema id", "000_caa70d9250cb3ad4", d -> d.put("schema", "gongkai.report/2")),
                new Broken("unknown edition", "000_caa70d9250cb3ad4", d -> d.put("edition", "2020")),
                new Broken("string where a count belongs", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.at("/applications/granted")).put("total", "16")),
                new Broken("fraction where a count belongs", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.at("/applications/granted")).put("total", 16.5)),
                new Broken("2019-only row in a 2021 report", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.get("active_disclosure")).set("centralized_procurement",
                                M.createObjectNode().putNull("procurement_items").putNull("procurement_amount"))),
                new Broken("2021-only row in a 2019 report", "002_d99c8dcb44f53e53",
                        d -> ((ObjectNode) d.get("applications")).set("other.other", d.at("/applications/other").deepCopy())),
                new Broken("2019 column in a 2021 row", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.at("/active_disclosure/rules")).put("newly_made", 1)),
                new Broken("missing column", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.at("/review_litigation/review")).remove("pending")),
                new Broken("missing row", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.get("applications")).remove("carried_forward")),
                new Broken("other and other.* together", "000_caa70d9250cb3ad4",
                        d -> ((ObjectNode) d.get("applications")).set("other", d.at("/applications/other.other").deepCopy())),
                new Broken("unknown section", "000_caa70d9250cb3ad4",
                        d -> d.putObject("sections").put("preamble", "…")),
                new Broken("published not a date", "001_0f3a3c160bddc4d1", d -> d.put("published", "2024年1月31日")),
                new Broken("year as a string", "000_caa70d9250cb3ad4", d -> d.put("year", "2023")),
                new Broken("missing edition", "000_caa70d9250cb3ad4", d -> d.remove("edition")));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ObjectNode doc = (ObjectNode) seed(c.seed()).deepCopy();
            c.change().accept(doc);
            assertThat(errors(doc)).as(c.name()).isNotEmpty();
        }));
    }
}
