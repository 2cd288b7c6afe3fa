package dev.gongkai.layout.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * CJK radicals (U+2E80–U+2FD5: the Radicals Supplement and the Kangxi radicals) read as the ideographs
 * they stand for. A PDF whose text layer is rebuilt from a font's glyphs (Ghostscript over a browser's
 * print) maps a glyph the font shares between a radical and an ideograph back to the radical, the lower
 * code point: 人民政府 comes out as ⼈⺠政府, 共青城市 as 共⻘城市, and text copied out of such a PDF
 * into a page or a Word file keeps them. No report writes a radical as such, so each is the ideograph of
 * Unicode's Equivalent_Unified_Ideograph, except three that Simplified Chinese fonts draw as the
 * simplified character (⼾ 户, ⾭ 青, ⿈ 黄, where Unicode names 戶 靑 黃). One character for one, so
 * offsets into the text stay; a radical whose ideograph lies beyond one UTF-16 unit (CJK Extension B) is left.
 */
public final class Radicals {

    private static final char FIRST = '\u2E80';
    private static final char LAST = '\u2FD5';

    /** The ideograph of each radical from {@link #FIRST}, {@code \0} where there is none. */
    private static final String IDEOGRAPHS = ""
            + "\0\u5382\u4E5B\u4E5A\u4E59\u4EBB\u5182\0\u5200\u5202\u535C\u353E\u5C0F\u5C0F\u5140\u5C23"
            + "\u5C22\0\u5DF3\u5E7A\u5F51\u5F50\u5FC4\u5FC3\u624C\u6535\0\u65E1\u65E5\u6708\u6B7A\u6BCD"
            + "\u6C11\u6C35\u6C3A\u706C\u722B\u722B\u4E2C\u725B\u72AD\u738B\0\u76EE\u793A\u793B\0\u7CF9"
            + "\u7E9F\u7F53\u7F52\u34C1\u5197\0\u7F8A\0\0\u8002\u8080\u807F\u8089\0\u8279\u8279"
            + "\u8279\u864E\u8864\u8980\u897F\u89C1\u89D2\0\u8BA0\u8D1D\0\u8F66\u8FB6\u8FB6\u8FB6\u9091"
            + "\u9485\u9577\u9578\u957F\u95E8\0\u961D\u96E8\u9752\u97E6\u9875\u98CE\u98DE\u98DF\0\u98E0"
            + "\u9963\0\u9A6C\u9AA8\u9B3C\u9C7C\u9E1F\u5364\u9EA6\u9EC4\u9EFE\u6589\u9F50\u6B6F\u9F7F\u7ADC"
            + "\u9F99\u9F9C\u4E80\u9F9F\0\0\0\0\0\0\0\0\0\0\0\0"
            + "\u4E00\u4E28\u4E36\u4E3F\u4E59\u4E85\u4E8C\u4EA0\u4EBA\u513F\u5165\u516B\u5182\u5196\u51AB\u51E0"
            + "\u51F5\u5200\u529B\u52F9\u5315\u531A\u5338\u5341\u535C\u5369\u5382\u53B6\u53C8\u53E3\u56D7\u571F"
            + "\u58EB\u5902\u590A\u5915\u5927\u5973\u5B50\u5B80\u5BF8\u5C0F\u5C22\u5C38\u5C6E\u5C71\u5DDB\u5DE5"
            + "\u5DF1\u5DFE\u5E72\u5E7A\u5E7F\u5EF4\u5EFE\u5F0B\u5F13\u5F50\u5F61\u5F73\u5FC3\u6208\u6237\u624B"
            + "\u652F\u6534\u6587\u6597\u65A4\u65B9\u65E0\u65E5\u66F0\u6708\u6728\u6B20\u6B62\u6B79\u6BB3\u6BCB"
            + "\u6BD4\u6BDB\u6C0F\u6C14\u6C34\u706B\u722A\u7236\u723B\u723F\u7247\u7259\u725B\u72AC\u7384\u7389"
            + "\u74DC\u74E6\u7518\u751F\u7528\u7530\u758B\u7592\u7676\u767D\u76AE\u76BF\u76EE\u77DB\u77E2\u77F3"
            + "\u793A\u79B8\u79BE\u7A74\u7ACB\u7AF9\u7C73\u7CF8\u7F36\u7F51\u7F8A\u7FBD\u8001\u800C\u8012\u8033"
            + "\u807F\u8089\u81E3\u81EA\u81F3\u81FC\u820C\u821B\u821F\u826E\u8272\u8278\u864D\u866B\u8840\u884C"
            + "\u8863\u897E\u898B\u89D2\u8A00\u8C37\u8C46\u8C55\u8C78\u8C9D\u8D64\u8D70\u8DB3\u8EAB\u8ECA\u8F9B"
            + "\u8FB0\u8FB5\u9091\u9149\u91C6\u91CC\u91D1\u9577\u9580\u961C\u96B6\u96B9\u96E8\u9752\u975E\u9762"
            + "\u9769\u97CB\u97ED\u97F3\u9801\u98A8\u98DB\u98DF\u9996\u9999\u99AC\u9AA8\u9AD8\u9ADF\u9B25\u9B2F"
            + "\u9B32\u9B3C\u9B5A\u9CE5\u9E75\u9E7F\u9EA5\u9EBB\u9EC4\u9ECD\u9ED1\u9EF9\u9EFD\u9F0E\u9F13\u9F20"
            + "\u9F3B\u9F4A\u9F52\u9F8D\u9F9C\u9FA0";

    private Radicals() {}

    /** True when the text holds a radical that stands for an ideograph. */
    public static boolean any(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ideograph(text.charAt(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The text with each radical that stands for an ideograph replaced by it (the same string when none). */
    public static String ideographs(String text) {
        if (!any(text)) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = ideograph(out[i]);
            if (c != 0) {
                out[i] = c;
            }
        }
        return new String(out);
    }

    /** The blocks with the radicals of their paragraphs and cells read as ideographs (the same list when none). */
    public static List<Block> inBlocks(List<Block> blocks) {
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block c = b instanceof Paragraph p && any(p.text()) ? new Paragraph(ideographs(p.text()), p.span())
                    : b instanceof Table t ? inTable(t) : b;
            if (c != b && out == null) {
                out = new ArrayList<>(blocks.subList(0, i));
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? blocks : out;
    }

    private static Table inTable(Table t) {
        boolean any = false;
        for (List<GridCell> row : t.rows()) {
            for (GridCell cell : row) {
                any |= any(cell.text());
            }
        }
        if (!any) {
            return t;
        }
        List<List<GridCell>> rows = new ArrayList<>(t.rows().size());
        for (List<GridCell> row : t.rows()) {
            List<GridCell> r = new ArrayList<>(row.size());
            for (GridCell cell : row) {
                r.add(any(cell.text())
                        ? new GridCell(ideographs(cell.text()), cell.span(), cell.merged(), cell.uncertainty()) : cell);
            }
            rows.add(r);
        }
        return new Table(rows, t.kind(), t.span());
    }

    static char ideograph(char c) {
        return c < FIRST || c > LAST ? 0 : IDEOGRAPHS.charAt(c - FIRST);
    }
}
