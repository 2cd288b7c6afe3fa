package dev.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** module-info exports only API and SPI packages, never {@code internal} ones. */
class ModuleExportsTest {
    @Test
    void exportsOnlyApi() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(Gongkai.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("dev.gongkai.core");
            assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("dev.gongkai", "dev.gongkai.model", "dev.gongkai.json", "dev.gongkai.spi")
                    .noneMatch(p -> p.contains("internal"));
            assertThat(d.provides()).anyMatch(p -> p.service().equals("dev.gongkai.spi.ReportParser"));
        }
    }

    @Test
    void facadeFindsTheJsonReaderByContent() throws Exception {
        assertThat(Gongkai.parsers()).extracting(p -> p.name()).contains("json");
        byte[] json = SchemaTestAccess.seedBytes();
        var result = Gongkai.parse(new java.io.ByteArrayInputStream(json),
                dev.gongkai.spi.ParseContext.defaults().withFileName("no-extension"));
        assertThat(result.parser()).isEqualTo("json");
        assertThat(result.report().organ()).isEqualTo("樟树市");
    }

    @Test
    void emptyAndUnknownDocumentsAreTypedErrors() {
        var ctx = dev.gongkai.spi.ParseContext.defaults();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gongkai.parse(new java.io.ByteArrayInputStream(new byte[0]), ctx))
                .isInstanceOf(UnreadableDocumentException.class);
    }
}
