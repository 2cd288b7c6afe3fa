package dev.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DocumentInputTest {

    /** A stream that does not tell how many bytes it has. */
    private static InputStream unknownLength(byte[] b) {
        return new FilterInputStream(new ByteArrayInputStream(b)) {
            @Override
            public int available() {
                return 0;
            }
        };
    }

    @Test
    void readsAWholeDocumentUpToTheLimit() throws Exception {
        byte[] b = new byte[1000];
        b[999] = 7;
        ParseContext ctx = ParseContext.defaults().withMaxBytes(1000);
        assertThat(DocumentInput.readAll(new ByteArrayInputStream(b), ctx)).isEqualTo(b);
        assertThat(DocumentInput.readAll(unknownLength(b), ctx)).isEqualTo(b);
    }

    @Test
    void aLargerDocumentIsRefusedAsTooLarge() {
        byte[] b = new byte[1001];
        ParseContext ctx = ParseContext.defaults().withMaxBytes(1000).withFileName("a.txt");
        for (InputStream in : new InputStream[] {new ByteArrayInputStream(b), unknownLength(b)}) {
            assertThatThrownBy(() -> DocumentInput.readAll(in, ctx))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("larger than the limit of 1000 bytes (a.txt)")
                    .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason())
                            .isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
        }
    }
}
