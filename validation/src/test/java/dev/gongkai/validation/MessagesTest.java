package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/gongkai/validation/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothBundlesAndTheEnglishOverrideIsEmpty() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(load("messages_en.properties")).isEmpty();
        zh.values().forEach(v -> assertThat((String) v).as("zh text").containsPattern("\\p{IsHan}"));
    }

    @Test
    void everyRuleKeyAndSummaryResolvesInBothLanguages() {
        for (RuleDescriptor d : Validator.defaults().rules()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.GERMAN)) {
                assertThat(d.summary(l)).as(d.id() + " summary " + l).isNotEqualTo(d.id());
                for (String key : d.messageKeys()) {
                    Finding f = new Finding(d.id(), Severity.INFO, Location.DOCUMENT, null, null, key,
                            List.of("a", "b", "c", "d", "e", "f", "g"), null);
                    assertThat(f.message(l)).as(d.id() + " " + key + " " + l).doesNotContain(key).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void englishIsReturnedForEnglishEvenWhenTheDefaultLocaleIsChinese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache();
            assertThat(Finding.unreadable("encrypted").message(Locale.ENGLISH)).startsWith("The document cannot be read");
            assertThat(Finding.unreadable("encrypted").message(Locale.CHINESE)).startsWith("无法作为年度报告读取");
        } finally {
            Locale.setDefault(saved);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void numbersAreWrittenExactly() {
        Finding f = new Finding("values.integer", Severity.ERROR, Location.DOCUMENT, null, new java.math.BigDecimal("28329.50"),
                "values.integer", List.of("r", "c", new java.math.BigDecimal("28329.50")), null);
        assertThat(f.message(Locale.ENGLISH)).contains("28329.5").doesNotContain("28,329");
    }
}
