package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs of the report template in one block, as bits: the six section headings, the three tables, and
 * a title line. Only used to find where on a page the report is; the interpreter reads the report.
 */
final class Evidence {

    static final int TITLE = 1 << 9;

    /** The bits that count towards a container's score (headings and tables, not the title). */
    static final int TEMPLATE = TITLE - 1;

    private static final int MAX_HEADING = 60;
    private static final int MAX_TITLE = 90;

    private static final Pattern[] HEADINGS = {
        Pattern.compile("总体情况"),
        Pattern.compile("主动公开.*情况"),
        Pattern.compile("(收到和处理|依申请公开).*(申请|情况)"),
        Pattern.compile("行政复议.*行政诉讼|复议.*诉讼.*情况"),
        Pattern.compile("存在的?(主要)?问题|改进情况"),
        Pattern.compile("其他需要报告"),
    };

    private static final Pattern[] TABLES = {
        Pattern.compile("第二十条|信息内容"),
        Pattern.compile("本年新收|申请人情况|结转下年度"),
        Pattern.compile("复议后起诉|未经复议|结果维[持护]"),
    };

    private static final Pattern TITLE_LINE = Pattern.compile("年度报告|年报");

    private Evidence() {}

    /** The evidence bits of a block. */
    static int of(Block block) {
        if (block instanceof Paragraph p) {
            return ofParagraph(p.text());
        }
        return ofTable((Table) block);
    }

    private static int ofParagraph(String text) {
        String t = compact(text);
        int bits = 0;
        if (t.length() <= MAX_HEADING) {
            for (int i = 0; i < HEADINGS.length; i++) {
                if (HEADINGS[i].matcher(t).find()) {
                    bits |= 1 << i;
                }
            }
        }
        if (t.indexOf('|') >= 0 || t.indexOf('\t') >= 0) {
            bits |= tableBits(t);
        }
        if (t.length() <= MAX_TITLE && TITLE_LINE.matcher(t).find()) {
            bits |= TITLE;
        }
        return bits;
    }

    private static int ofTable(Table table) {
        StringBuilder b = new StringBuilder();
        for (List<GridCell> row : table.rows()) {
            for (GridCell c : row) {
                if (!c.merged()) {
                    b.append(compact(c.text())).append('|');
                }
            }
            if (b.length() > 20_000) {
                break;
            }
        }
        return tableBits(b.toString());
    }

    private static int tableBits(String t) {
        int bits = 0;
        for (int i = 0; i < TABLES.length; i++) {
            if (TABLES[i].matcher(t).find()) {
                bits |= 1 << (HEADINGS.length + i);
            }
        }
        return bits;
    }

    /** The text without any white space, so that labels split by spaces or lines still match. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
