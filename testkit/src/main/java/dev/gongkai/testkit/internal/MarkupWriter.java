package dev.gongkai.testkit.internal;

import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.Variation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes a planned document as Markdown (as PDF converters make it) or HTML (as sites publish it). */
public final class MarkupWriter {

    private MarkupWriter() {}

    /** Markdown: paragraphs, pipe tables; split tables with page footers between the parts. */
    public static String markdown(Doc d, Set<Variation> v, Prng rng) {
        StringBuilder b = new StringBuilder();
        int page = 1 + rng.nextInt(3);
        for (Doc.Block block : d.blocks()) {
            if (block instanceof Doc.Line l) {
                b.append(l.kind() == Doc.Kind.TITLE ? "# " : "").append(l.text()).append("\n\n");
                continue;
            }
            Grid g = ((Doc.Table) block).grid();
            List<Grid.GRow> header = new ArrayList<>();
            for (Grid.GRow r : g.rows()) {
                if (r.header()) {
                    header.add(r);
                }
            }
            boolean first = true;
            boolean startOfPart = true;
            for (int i = 0; i < g.rows().size(); i++) {
                Grid.GRow row = g.rows().get(i);
                boolean split = v.contains(Variation.SPLIT_TABLES) && !row.header() && !first && rng.chance(0.2);
                if (split) {
                    b.append("\n— ").append(page++).append(" —\n\n");
                    startOfPart = true;
                    if (v.contains(Variation.REPEATED_HEADER)) {
                        for (Grid.GRow h : header) {
                            mdRow(b, g, h);
                            if (startOfPart) {
                                mdRule(b, g);
                                startOfPart = false;
                            }
                        }
                    }
                }
                mdRow(b, g, row);
                if (startOfPart) {
                    mdRule(b, g);
                    startOfPart = false;
                }
                first = false;
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void mdRow(StringBuilder b, Grid g, Grid.GRow row) {
        b.append('|');
        for (Grid.GCell c : row.cells()) {
            b.append(' ').append(c.continuation() ? "" : c.text().replace("\n", "").replace("|", "\\|")).append(" |");
            for (int k = 1; k < c.colspan(); k++) {
                b.append("  |");
            }
        }
        b.append('\n');
    }

    private static void mdRule(StringBuilder b, Grid g) {
        b.append('|').append("---|".repeat(g.width())).append('\n');
    }

    /** HTML: a whole page (optionally with site chrome) or a fragment; tables with rowspan/colspan. */
    public static String html(Doc d, Set<Variation> v, Encoding e, boolean fragment, String title) {
        return html(d, v, e, fragment, title, null);
    }

    /** HTML as {@link #html(Doc, Set, Encoding, boolean, String)}, with the given head markup (title and meta tags) if not null. */
    public static String html(Doc d, Set<Variation> v, Encoding e, boolean fragment, String title, String head) {
        StringBuilder b = new StringBuilder();
        if (!fragment) {
            b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"")
                    .append(e.charset().name().toLowerCase(java.util.Locale.ROOT)).append("\">\n")
                    .append(head != null ? head : "<title>" + esc(title == null ? "政府信息公开工作年度报告" : title) + "</title>\n")
                    .append("</head>\n<body>\n");
            if (head != null) {
                b.append("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a>")
                        .append(" &gt; 政府信息公开年报</div>\n");
            }
            if (v.contains(Variation.PAGE_CHROME)) {
                b.append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>")
                        .append("<li><a href=\"/hdjl/\">互动交流</a></li></ul></div>\n")
                        .append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a>")
                        .append(" &gt; 政府信息公开年报</div>\n");
            }
        }
        b.append("<div class=\"article\">\n");
        for (Doc.Block block : d.blocks()) {
            if (block instanceof Doc.Line l) {
                switch (l.kind()) {
                    case TITLE -> b.append("<h1>").append(esc(l.text())).append("</h1>\n");
                    case HEADING -> b.append("<p><strong>").append(esc(l.text())).append("</strong></p>\n");
                    case SIGNATURE -> b.append("<p style=\"text-align:right\">").append(esc(l.text())).append("</p>\n");
                    default -> b.append("<p>").append(esc(l.text())).append("</p>\n");
                }
                continue;
            }
            b.append("<table border=\"1\" cellspacing=\"0\">\n<tbody>\n");
            for (Grid.GRow row : ((Doc.Table) block).grid().rows()) {
                b.append("<tr>");
                for (Grid.GCell c : row.cells()) {
                    if (c.continuation()) {
                        continue;
                    }
                    b.append("<td");
                    if (c.rowspan() > 1) {
                        b.append(" rowspan=\"").append(c.rowspan()).append('"');
                    }
                    if (c.colspan() > 1) {
                        b.append(" colspan=\"").append(c.colspan()).append('"');
                    }
                    b.append('>');
                    String t = c.text();
                    if (t.isEmpty() && v.contains(Variation.NBSP_BLANKS)) {
                        b.append("&nbsp;");
                    } else {
                        b.append(esc(t).replace("\n", "<br>"));
                    }
                    b.append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</div>\n");
        if (!fragment) {
            if (v.contains(Variation.PAGE_CHROME)) {
                b.append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n")
                        .append("<div class=\"footer\">主办单位：本站 版权所有</div>\n");
            }
            b.append("</body>\n</html>\n");
        }
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
