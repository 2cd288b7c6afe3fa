package dev.gongkai;

import java.io.IOException;
import java.io.InputStream;

final class SchemaTestAccess {
    static byte[] seedBytes() throws IOException {
        try (InputStream in = SchemaTestAccess.class.getResourceAsStream("/seeds-expected/000_caa70d9250cb3ad4.json")) {
            return in.readAllBytes();
        }
    }
}
