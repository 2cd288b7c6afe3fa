package dev.gongkai.cli.check;

import java.io.IOException;
import java.io.Writer;

/**
 * summary.csv: one row per file (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs
 * read the Chinese names right): file, organ, year, edition, parser, error, warning, info, status,
 * reason, and reader_problems (how many problems the reader reported; they are listed in report.html).
 */
final class SummaryCsv {
    private SummaryCsv() {}

    static final String HEADER = "file,organ,year,edition,parser,error,warning,info,status,reason,reader_problems";

    static void header(Writer w) throws IOException {
        w.write('\ufeff');
        w.write(HEADER);
        w.write("\r\n");
    }

    static void row(Writer w, Row r) throws IOException {
        StringBuilder b = new StringBuilder(160);
        row(b, r);
        w.write(b.toString());
        w.write("\r\n");
    }

    /** A row without its line end. */
    static void row(StringBuilder b, Row r) {
        b.append(String.join(",", field(r.source()), field(r.organ()), field(r.year()), field(r.edition()),
                field(r.parser()), field(r.count(Level.ERROR)), field(r.count(Level.WARNING)),
                field(r.count(Level.INFO)), field(r.status().label()), field(r.reason()), field(r.notes().size())));
    }

    static String field(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
