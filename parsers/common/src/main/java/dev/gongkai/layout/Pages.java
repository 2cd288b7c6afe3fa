package dev.gongkai.layout;

import dev.gongkai.UnreadableDocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Pages read one by one (recognised from images, say) joined into one document's blocks: pages run in
 * parallel on a shared pool of as many threads as cores (system property {@code gongkai.pages.threads}),
 * their blocks are kept in page order, and a table that ends one page and goes on at the top of the
 * next (as wide, between them at most a page number) is one table.
 *
 * @since 0.2
 */
public final class Pages {

    /** Reads one page (0-based). */
    @FunctionalInterface
    public interface PageTask {
        List<Block> read(int page) throws UnreadableDocumentException;
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("[\\s\\-—－–·第页共/\\d]*");

    private static final class Pool {
        static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, Integer.getInteger(
                "gongkai.pages.threads", Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "gongkai-pages");
                    t.setDaemon(true);
                    return t;
                });
    }

    private Pages() {}

    /**
     * The blocks of {@code count} pages in page order, read in parallel, tables continued over page
     * breaks joined.
     *
     * @throws UnreadableDocumentException the first page's failure, in page order
     */
    public static List<Block> inParallel(int count, PageTask task) throws UnreadableDocumentException {
        return joined(each(count, task));
    }

    /**
     * The blocks of each of {@code count} pages, read in parallel, in page order.
     *
     * @throws UnreadableDocumentException the first page's failure, in page order
     */
    public static List<List<Block>> each(int count, PageTask task) throws UnreadableDocumentException {
        List<List<Block>> pages = new ArrayList<>();
        if (count == 1) {
            pages.add(task.read(0));
        } else {
            List<Future<List<Block>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int page = i;
                futures.add(Pool.POOL.submit(() -> task.read(page)));
            }
            try {
                for (Future<List<Block>> f : futures) {
                    pages.add(f.get());
                }
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, "interrupted", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                Throwable c = e.getCause();
                if (c instanceof UnreadableDocumentException u) {
                    throw u;
                }
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                        "a page could not be read: " + c, c);
            }
        }
        return pages;
    }

    /** The pages' blocks in order, a table continued at the top of the next page joined to it. */
    public static List<Block> joined(List<List<Block>> pages) {
        List<Block> out = new ArrayList<>();
        for (List<Block> page : pages) {
            int i = 0;
            int j = out.size() - 1;
            while (j >= 0 && out.get(j) instanceof Paragraph p && PAGE_NUMBER.matcher(p.text()).matches()) {
                j--; // a page number under the table
            }
            Table last = j < 0 || !(out.get(j) instanceof Table t) ? null : t;
            while (last != null && i < page.size() && page.get(i) instanceof Paragraph p
                    && PAGE_NUMBER.matcher(p.text()).matches()) {
                i++; // a page number or header between the table's two parts
            }
            if (last != null && i < page.size() && page.get(i) instanceof Table next && next.kind() == last.kind()
                    && next.width() == last.width()) {
                List<List<GridCell>> rows = new ArrayList<>(last.rows());
                rows.addAll(next.rows());
                out.subList(j, out.size()).clear();
                out.add(new Table(rows, last.kind(), last.span()));
                i++;
            } else {
                i = 0;
            }
            out.addAll(page.subList(i, page.size()));
        }
        return out;
    }
}
