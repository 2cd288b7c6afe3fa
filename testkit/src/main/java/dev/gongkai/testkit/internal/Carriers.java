package dev.gongkai.testkit.internal;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.render.Carrier;
import java.time.LocalDate;
import java.util.List;

/** Moves a planned document's title, organ and date from its text to where a {@link Carrier} puts them. */
public final class Carriers {

    private Carriers() {}

    /** The document with its metadata where the carrier states it (unchanged for {@link Carrier#TEXT}). */
    public static Doc apply(Doc d, Report r, Carrier c) {
        if (c == Carrier.TEXT) {
            return d;
        }
        Doc out = new Doc();
        List<Doc.Block> blocks = d.blocks();
        if (c == Carrier.CRAWLER_HEADER) {
            if (r.title() != null) {
                out.line("标题:" + r.title(), Doc.Kind.CARRIER);
            }
            if (r.published() != null) {
                out.line("发布时间:" + r.published() + " 09:30", Doc.Kind.CARRIER);
            }
            out.line("发布机构:" + site(r) + "办公室", Doc.Kind.CARRIER);
            out.line("正文", Doc.Kind.CARRIER);
        }
        boolean titleSeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            Doc.Block b = blocks.get(i);
            if (b instanceof Doc.Line l && l.kind() == Doc.Kind.SIGNATURE) {
                continue;
            }
            if (b instanceof Doc.Line l && l.kind() == Doc.Kind.TITLE) {
                titleSeen = true;
                if (c == Carrier.DATE_UNDER_TITLE) {
                    out.blocks().add(b);
                    boolean last = i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Doc.Line n && n.kind() == Doc.Kind.TITLE);
                    if (last && r.published() != null) {
                        out.line("发布日期：" + r.published(), Doc.Kind.CARRIER);
                    }
                }
                continue;
            }
            if (!titleSeen && c == Carrier.DATE_UNDER_TITLE && r.published() != null && out.blocks().isEmpty()) {
                out.line("发布日期：" + r.published(), Doc.Kind.CARRIER); // no title line (named in the preamble)
                titleSeen = true;
            }
            out.blocks().add(b);
        }
        return out;
    }

    /** The site's name: the organ's place's government (…市人民政府). */
    public static String site(Report r) {
        String organ = r.organ() == null ? "某某市" : r.organ();
        for (String place : new String[] {"市", "县", "区"}) {
            int i = organ.indexOf(place);
            if (i > 0) {
                return organ.substring(0, i + 1) + "人民政府";
            }
        }
        return organ;
    }

    /** The page head's meta tags and title for {@link Carrier#META_TAGS}. */
    public static String metaTags(Report r) {
        StringBuilder b = new StringBuilder();
        String site = site(r);
        b.append("<title>").append(MarkupWriter.esc(r.title() == null ? site : r.title() + "_" + site)).append("</title>\n");
        b.append("<meta name=\"SiteName\" content=\"").append(site).append("\">\n");
        b.append("<meta name=\"ColumnName\" content=\"政府信息公开年报\">\n");
        if (r.title() != null) {
            b.append("<meta name=\"ArticleTitle\" content=\"").append(MarkupWriter.esc(r.title())).append("\">\n");
        }
        LocalDate p = r.published();
        if (p != null) {
            b.append("<meta name=\"PubDate\" content=\"").append(p).append(" 10:15\">\n");
        }
        b.append("<meta name=\"ContentSource\" content=\"").append(site).append("办公室\">\n");
        return b.toString();
    }
}
