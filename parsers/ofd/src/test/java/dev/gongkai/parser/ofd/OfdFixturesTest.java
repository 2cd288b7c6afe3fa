package dev.gongkai.parser.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.testkit.Fixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed OFD fixtures (written with ofdrw's writer by {@link MakeOfdFixtures} from the seeds'
 * reports and generated ones) read through {@link Gongkai#parse(Path)} equal their golden JSON, every
 * cell certain.
 */
class OfdFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixturesMatchTheirGoldenJson() {
        return Fixtures.golden(Fixtures.resources(OfdFixturesTest.class, "/fixtures"), 6, Gongkai::parse,
                (name, result) -> {
                    assertThat(result.parser()).isEqualTo("ofd");
                    assertThat(result.report().uncertainties()).as(name).isEmpty();
                });
    }
}
