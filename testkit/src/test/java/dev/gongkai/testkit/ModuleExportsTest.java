package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** module-info exports the API packages only, never {@code internal}. */
class ModuleExportsTest {
    @Test
    void exportsOnlyApi() throws Exception {
        Path classes = Path.of(Reports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("dev.gongkai.testkit");
            assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("dev.gongkai.testkit", "dev.gongkai.testkit.render",
                            "dev.gongkai.testkit.render.page", "dev.gongkai.testkit.ocr");
        }
    }
}
