package dev.gongkai.parser.office.render;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * Seeded reports for the office tests: either edition, consistent tables (rows and columns add up,
 * the balance holds), now and then a blank cell ({@code ""} or {@code —}) and, in 2021, the collapsed
 * （六）其他处理 row.
 */
public final class SampleReports {
    private static final String[] ORGANS = {"樟树市", "铜鼓县人民政府", "赣州经济技术开发区党政办公室", "清镇市人民政府办公室",
        "樟树市机关事务管理局", "南昌市自然资源局"};

    private SampleReports() {}

    public static Report generate(long seed) {
        Random rnd = new Random(seed);
        Edition e = rnd.nextBoolean() ? Edition.E2021 : Edition.E2019;
        int year = e == Edition.E2021 ? 2021 + rnd.nextInt(4) : 2019 + rnd.nextInt(2);
        String organ = ORGANS[rnd.nextInt(ORGANS.length)];
        Report.Builder b = Report.builder(e).year(year).organ(organ)
                .title(organ + year + "年政府信息公开工作年度报告")
                .published(LocalDate.of(year + 1, 1, 1 + rnd.nextInt(28)));
        for (Section s : Section.values()) {
            b.section(s, "本机关" + year + "年" + s.label() + "，共" + rnd.nextInt(500) + "件。");
        }
        if (e == Edition.E2021 && rnd.nextInt(5) == 0) {
            b.otherAsOneRow(true);
        }
        boolean blanks = rnd.nextInt(3) == 0;
        for (ActiveRow row : ActiveRow.rows(e)) {
            for (ActiveColumn c : row.columns(e)) {
                b.cell(row, c, blanks && rnd.nextInt(8) == 0 ? blank(rnd) : Cell.of(active(c, rnd)));
            }
        }
        applications(b, rnd, blanks);
        for (ReviewGroup g : ReviewGroup.all()) {
            long sum = 0;
            for (ReviewColumn c : ReviewColumn.parts()) {
                long v = rnd.nextInt(4) == 0 ? rnd.nextInt(6) : 0;
                sum += v;
                b.cell(g, c, Cell.of(v));
            }
            b.cell(g, ReviewColumn.TOTAL, Cell.of(sum));
        }
        return b.build();
    }

    private static void applications(Report.Builder b, Random rnd, boolean blanks) {
        var rows = b.build().applications().rows();
        long[][] v = new long[rows.size()][7];
        int handled = rows.indexOf(ApplicationRow.TOTAL_HANDLED);
        for (int a = 0; a < 6; a++) {
            boolean active = a == 0 || rnd.nextInt(3) == 0;
            long total = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).isOutcome()) {
                    v[i][a] = active && rnd.nextInt(3) == 0 ? rnd.nextInt(a == 0 ? 40 : 5) : 0;
                    total += v[i][a];
                }
            }
            v[handled][a] = total;
            long carriedOver = active ? rnd.nextInt(3) : 0;
            long forward = active ? rnd.nextInt(3) : 0;
            long fresh = Math.max(0, total + forward - carriedOver);
            forward = fresh + carriedOver - total;
            v[rows.indexOf(ApplicationRow.NEW_RECEIVED)][a] = fresh;
            v[rows.indexOf(ApplicationRow.CARRIED_OVER)][a] = carriedOver;
            v[rows.indexOf(ApplicationRow.CARRIED_FORWARD)][a] = forward;
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int a = 0; a < 6; a++) {
                v[i][6] += v[i][a];
            }
            for (int a = 0; a < 7; a++) {
                Applicant col = Applicant.all().get(a);
                boolean blank = blanks && col.isOrganisation() && v[i][a] == 0 && rnd.nextInt(2) == 0;
                b.cell(rows.get(i), col, blank ? blank(rnd) : Cell.of(v[i][a]));
            }
        }
    }

    private static BigDecimal active(ActiveColumn c, Random rnd) {
        return switch (c.kind()) {
            case AMOUNT -> BigDecimal.valueOf(rnd.nextInt(2_000_000), rnd.nextInt(3));
            case SIGNED_COUNT -> BigDecimal.valueOf(rnd.nextInt(101) - 50);
            case COUNT -> BigDecimal.valueOf(rnd.nextInt(4) == 0 ? rnd.nextInt(30_000) : rnd.nextInt(20));
        };
    }

    private static Cell blank(Random rnd) {
        return Cell.blank(rnd.nextBoolean() ? "" : "—", null);
    }
}
