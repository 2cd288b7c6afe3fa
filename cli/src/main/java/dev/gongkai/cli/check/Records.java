package dev.gongkai.cli.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The binary form of what a batch spills to disk: strings of any length (or null), numbers, findings. */
final class Records {

    private Records() {}

    /** Writes a record. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        private final DataOutputStream out = new DataOutputStream(bytes);

        Out string(String s) {
            try {
                if (s == null) {
                    out.writeInt(-1);
                } else {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Out number(int v) {
            try {
                out.writeInt(v);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Out issues(List<Issue> issues) {
            number(issues.size());
            for (Issue i : issues) {
                string(i.rule()).number(i.level().ordinal()).string(i.table()).string(i.row()).string(i.column())
                        .string(i.section()).decimal(i.expected()).decimal(i.actual()).string(i.zh()).string(i.en())
                        .string(i.span());
            }
            return this;
        }

        private Out decimal(BigDecimal v) {
            return string(v == null ? null : v.toString());
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads a record written by {@link Out}, field by field in the same order. */
    static final class In {
        private final DataInputStream in;

        In(byte[] record) {
            in = new DataInputStream(new ByteArrayInputStream(record));
        }

        String string() {
            try {
                int n = in.readInt();
                if (n < 0) {
                    return null;
                }
                byte[] b = in.readNBytes(n);
                return new String(b, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int number() {
            try {
                return in.readInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Issue> issues() {
            int n = number();
            List<Issue> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(new Issue(string(), Level.values()[number()], string(), string(), string(), string(), decimal(),
                        decimal(), string(), string(), string()));
            }
            return out;
        }

        private BigDecimal decimal() {
            String s = string();
            return s == null ? null : new BigDecimal(s);
        }
    }
}
