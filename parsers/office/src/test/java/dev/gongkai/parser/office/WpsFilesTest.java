package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.Gongkai;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WPS Office's files: .wps/.et (and the templates .wpt/.ett) that are Word/Excel 97 or OOXML inside are
 * read by their bytes (the committed fixtures are the seeds' LibreOffice .doc/.xls/.docx saved under WPS
 * names, which is what most such files are); WPS's older private format and presentations are refused
 * with a reason a person can act on.
 */
class WpsFilesTest {

    private static Path wps(String name) throws Exception {
        return Path.of(WpsFilesTest.class.getResource("/wps/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jiguan-2020.wps", "jiguan-2020.et", "zhangshu-2023-docx-inside.wps"})
    void wpsFilesWithWordOrExcelInsideReadAsTheirGolden(String name) throws Exception {
        Path doc = wps(name);
        String stem = name.substring(0, name.lastIndexOf('.'));
        Report golden = ReportJson.read(Files.readString(doc.resolveSibling(stem + ".json")));
        ParseResult r = Gongkai.parse(doc);
        assertThat(r.parser()).isEqualTo(name.endsWith(".et") ? "xls" : name.contains("docx") ? "docx" : "doc");
        assertThat(ReportDiff.between(golden, r.report(), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wpt", "ett"})
    void templatesAreReadLikeTheirDocuments(String ext) throws Exception {
        byte[] bytes = Files.readAllBytes(wps(ext.equals("wpt") ? "jiguan-2020.wps" : "jiguan-2020.et"));
        ParseResult r = Gongkai.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName("t." + ext));
        assertThat(r.report().applications()).isNotNull();
        assertThat(r.parser()).isEqualTo(ext.equals("wpt") ? "doc" : "xls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"old.wps", "old.et"})
    void theOlderPrivateFormatIsRefusedWithAReason(String name) {
        byte[] bytes = new byte[4096];
        new Random(5).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = 0;
        assertThatThrownBy(() -> Gongkai.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName(name)))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("WPS 2000").hasMessageContaining("re-save");
    }

    @Test
    void anOle2WpsFileWithoutWordStreamsSaysSo() throws Exception {
        byte[] ole = ole2("WpsContent");
        assertThatThrownBy(() -> Gongkai.parse(new ByteArrayInputStream(ole), ParseContext.defaults().withFileName("r.wps")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("WPS Office")
                .hasMessageContaining("re-save");
        byte[] dps = ole2("PowerPoint Document");
        assertThatThrownBy(() -> Gongkai.parse(new ByteArrayInputStream(dps), ParseContext.defaults().withFileName("r.dps")))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("presentation");
    }

    private static byte[] ole2(String stream) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
