package dev.gongkai.parser.ofd.render;

import dev.gongkai.testkit.render.page.PageCanvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * Draws pages into an OFD with ofdrw's own writer (ofdrw-layout): each page one canvas whose text
 * becomes OFD text objects (with their positions) and whose rules become path objects, as organs' OFD
 * exports are laid out. Coordinates arrive in points and are written in millimetres.
 */
public final class OfdCanvas implements PageCanvas {

    private static final double MM = 25.4 / 72;

    private interface Op {
        void draw(DrawContext ctx) throws IOException;
    }

    private final List<List<Op>> pages = new ArrayList<>();
    private List<Op> page;

    @Override
    public int pages() {
        return pages.size();
    }

    @Override
    public void newPage() {
        page = new ArrayList<>();
        pages.add(page);
    }

    /** CJK characters a full em wide, others 0.7 em (no narrower than ofdrw measures them). */
    @Override
    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? size * 0.7f : size;
        }
        return w;
    }

    @Override
    public void text(float x, float baseline, float size, String text) {
        if (text.isEmpty()) {
            return;
        }
        page.add(ctx -> {
            ctx.setFont(FontSetting.getInstance(size * MM));
            ctx.fillText(text, x * MM, baseline * MM);
        });
    }

    @Override
    public void line(float x1, float y1, float x2, float y2) {
        page.add(ctx -> {
            ctx.beginPath();
            ctx.moveTo(x1 * MM, y1 * MM);
            ctx.lineTo(x2 * MM, y2 * MM);
            ctx.stroke();
        });
    }

    @Override
    public void fill(float x, float y, float w, float h) {
        page.add(ctx -> {
            ctx.beginPath();
            ctx.rect(x * MM, y * MM, w * MM, h * MM);
            ctx.fill();
        });
    }

    @Override
    public void rectangle(float x, float y, float w, float h) {
        page.add(ctx -> {
            ctx.beginPath();
            ctx.rect(x * MM, y * MM, w * MM, h * MM);
            ctx.stroke();
        });
    }

    /** The OFD file. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        double w = WIDTH * MM, h = HEIGHT * MM;
        try (OFDDoc doc = new OFDDoc(out)) {
            for (List<Op> ops : pages) {
                VirtualPage vp = new VirtualPage(w, h);
                Canvas c = new Canvas(0d, 0d, w, h);
                c.setDrawer(ctx -> {
                    ctx.setLineWidth(0.25);
                    for (Op op : ops) {
                        op.draw(ctx);
                    }
                });
                vp.add(c);
                doc.addVPage(vp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
