package dev.gongkai.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnreadableDocumentException.Reason;
import dev.gongkai.json.ReportFormatException;
import dev.gongkai.validation.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Unreadable reasons are written for people: every reason kind says what is wrong and what to do in Chinese and
 * English, and every broken input tried — the fuzz targets' committed inputs (seeds and regression inputs) and
 * damaged copies of them — ends in a reason that names no Java class, package or library and repeats none of a
 * library's own messages. The crafted attacks are checked the same way ({@link AttacksTest}, through
 * {@link Contract}).
 */
class ReasonsTest {

    private static final String[] TARGETS = {"text", "html", "mhtml", "doc", "docx", "xls", "xlsx", "pdf", "json"};

    @Test
    void everyKindSaysWhatIsWrongAndWhatToDoInBothLanguages() {
        for (Reason r : Reason.values()) {
            String zh = r.explain(Locale.CHINESE);
            String en = r.explain(Locale.ENGLISH);
            assertThat(zh).as(r.name()).containsPattern("\\p{IsHan}").contains("。");
            assertThat(en).as(r.name()).doesNotContainPattern("\\p{IsHan}").contains(". ");
            assertThat(Reasons.problems(zh)).as(r.name()).isEmpty();
            assertThat(Reasons.problems(en)).as(r.name()).isEmpty();
            assertThat(r.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh);
            assertThat(r.explain(Locale.GERMAN)).isEqualTo(en);
        }
        assertThat(Reason.ENCRYPTED.explain(Locale.ENGLISH)).contains("password").contains("Ask");
        assertThat(Reason.NO_TEXT_LAYER.explain(Locale.CHINESE)).contains("OCR");
        assertThat(Reason.UNSUPPORTED_FORMAT.explain(Locale.CHINESE)).contains("另存为");
    }

    @Test
    void theFindingSaysItInTheFindingsLanguage() {
        UnreadableDocumentException e = new CorruptDocumentException("the document is truncated or corrupt (a.docx)",
                new java.util.zip.ZipException("invalid stored block lengths"));
        Finding f = Finding.unreadable(e);
        assertThat(f.rule()).isEqualTo(Finding.UNREADABLE);
        assertThat(f.message(Locale.CHINESE)).startsWith("无法作为年度报告读取").contains("重新下载");
        assertThat(f.message(Locale.ENGLISH)).contains("truncated or corrupt (a.docx)").contains("Download it again");
        assertThat(Reasons.problems(e)).isEmpty();
    }

    /** The check itself catches what it is for (else every other test here could not fail). */
    @Test
    void theCheckCatchesLibraryTextAndClassNames() {
        String[] inhuman = {
            "The supplied data appears to be in the Office 2007+ XML. You are calling the part of POI that deals with OLE2",
            "Zip bomb detected! The file would exceed the max. ratio of compressed file size",
            "please open an issue on bugzilla",
            "java.util.zip.ZipException: invalid stored block lengths",
            "the document is truncated or corrupt: RecordFormatException Unable to construct record instance",
            "Unexpected character ('x' (code 120)): expected a valid value",
            "Missing root object specification in trailer",
            "Index 5 out of bounds for length 3",
            "org.apache.poi.ooxml.POIXMLException",
            "message null",
        };
        for (String text : inhuman) {
            assertThat(Reasons.problems(text)).as(text).isNotEmpty();
        }
        assertThat(Reasons.problems("the PDF is truncated or corrupt (report.pdf)")).isEmpty();
        assertThat(Reasons.problems("an old Word (6.0/95 or earlier) document (a.doc), which cannot be read")).isEmpty();
    }

    /** A field name the document chose is quoted, not judged; the reader's own words still are. */
    @Test
    void theDocumentsOwnWordsAreNotJudged() {
        assertThat(Reasons.problems(new ReportFormatException("/issues/COSName", "unknown field"))).isEmpty();
        assertThat(Reasons.problems(new ReportFormatException("/issues", "NullPointerException"))).isNotEmpty();
        assertThat(Reasons.problems(new ReportFormatException("", "unexpected end-of-input"))).isNotEmpty();
    }

    @Test
    void everyBrokenInputTriedHasAReasonForPeople() throws IOException {
        Set<Reason> seen = EnumSet.noneOf(Reason.class);
        int unreadable = 0;
        Random random = new Random(19);
        for (String target : TARGETS) {
            for (Path file : Seeds.all(target)) {
                byte[] whole = Files.readAllBytes(file);
                String name = "broken." + (target.equals("mhtml") ? "mht" : target);
                // (whole, they are replayed by ReadersFuzzTest, through the same check)
                byte[][] tried = {java.util.Arrays.copyOf(whole, whole.length / 2), flipped(whole, random)};
                for (byte[] bytes : tried) {
                    // Contract.check fails on a reason not written for people
                    Contract.Outcome o = Contract.check(bytes, name);
                    if (o.error() != null) {
                        unreadable++;
                        seen.add(o.error().reason());
                    }
                }
            }
        }
        assertThat(unreadable).isGreaterThan(15);
        assertThat(seen).contains(Reason.CORRUPT, Reason.NO_TEMPLATE);
    }

    /** A copy with one byte in a hundred set at random. */
    private static byte[] flipped(byte[] whole, Random random) {
        byte[] copy = whole.clone();
        for (int i = 0; i < copy.length / 100; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
