package dev.gongkai.cli.check;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The worker threads of a batch, each file under a time limit. A watchdog looks at the workers a few
 * times a second; when one has been on a file longer than the limit, the file's outcome becomes the
 * timed-out one, the thread is interrupted and abandoned (a reader caught in a loop may never look at
 * its interrupt; whatever it returns later is dropped) and a new thread takes its place. At most
 * {@link #maxAbandoned} abandoned threads may still be running: past that the batch stops with a
 * reason rather than fill the machine with spinning threads (with {@code --resume} the files already
 * done, the timed-out ones included, are not read again).
 */
final class Workers {

    /** What a worker does with a file: its outcome (never throws for a bad document). */
    interface Compute extends Function<Batch.Task, Outcome> {}

    /** Writes a file's own output once its outcome is claimed. */
    interface Own {
        void write(Outcome o) throws IOException;
    }

    private static final Batch.Task STOP = new Batch.Task(-1, null, null);

    private final BlockingQueue<Batch.Task> tasks = new LinkedBlockingQueue<>();
    private final Duration timeout;
    private final Compute compute;
    private final Own own;
    private final Consumer<Batch.Done> deliver;
    private final Function<Batch.Task, Outcome> timedOut;
    private final int maxAbandoned;
    private final List<Worker> live = new ArrayList<>();
    private final List<Worker> abandoned = new ArrayList<>();
    private final Thread watchdog;
    private volatile boolean stopped;

    Workers(int jobs, Duration timeout, Compute compute, Own own, Consumer<Batch.Done> deliver,
            Function<Batch.Task, Outcome> timedOut) {
        this.timeout = timeout;
        this.compute = compute;
        this.own = own;
        this.deliver = deliver;
        this.timedOut = timedOut;
        this.maxAbandoned = Math.max(4, 2 * jobs);
        synchronized (live) {
            for (int i = 0; i < jobs; i++) {
                startWorker();
            }
        }
        if (timeout.isZero() || timeout.isNegative()) {
            watchdog = null;
        } else {
            watchdog = new Thread(this::watch, "gongkai-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    void submit(Batch.Task t) {
        tasks.add(t);
    }

    /** Lets the workers end once the files handed to them are done. */
    void shutdown() {
        stopped = true;
        synchronized (live) {
            for (int i = 0; i < live.size(); i++) {
                tasks.add(STOP);
            }
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
    }

    /** How many abandoned threads are still running. */
    int abandonedRunning() {
        synchronized (live) {
            abandoned.removeIf(w -> !w.isAlive());
            return abandoned.size();
        }
    }

    private void startWorker() {
        Worker w = new Worker();
        live.add(w);
        w.start();
    }

    private void watch() {
        long limit = timeout.toNanos();
        long tick = Math.max(10, Math.min(250, timeout.toMillis() / 10));
        while (!stopped) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            List<Worker> over = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            synchronized (live) {
                for (Worker w : live) {
                    Slot s = w.current;
                    if (s != null && now - s.start > limit && s.claimed.compareAndSet(false, true)) {
                        over.add(w);
                        slots.add(s);
                    }
                }
            }
            for (int k = 0; k < over.size(); k++) {
                Worker w = over.get(k);
                Slot s = slots.get(k);
                w.interrupt();
                int running;
                synchronized (live) {
                    live.remove(w);
                    abandoned.add(w);
                    if (!stopped || !tasks.isEmpty()) {
                        startWorker();
                    }
                    if (stopped) {
                        tasks.add(STOP); // the replacement needs its own stop
                    }
                }
                Outcome o;
                try {
                    o = timedOut.apply(s.task);
                } catch (RuntimeException e) {
                    deliver.accept(new Batch.Done(s.task.seq(), null, e));
                    continue;
                }
                deliver.accept(new Batch.Done(s.task.seq(), o, null));
                running = abandonedRunning();
                if (running > maxAbandoned) {
                    deliver.accept(new Batch.Done(-2, null, new IOException(running + " files made their reader hang (over --timeout) "
                            + "and their threads cannot be stopped; the batch stops here rather than run on with them")));
                }
            }
        }
    }

    /** A file a worker is on. */
    private static final class Slot {
        final Batch.Task task;
        final long start = System.nanoTime();
        final AtomicBoolean claimed = new AtomicBoolean();

        Slot(Batch.Task task) {
            this.task = task;
        }
    }

    private final class Worker extends Thread {
        volatile Slot current;

        Worker() {
            super("gongkai-check");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Batch.Task t;
                try {
                    t = tasks.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (t == STOP) {
                    return;
                }
                Slot s = new Slot(t);
                current = s;
                Batch.Done d;
                try {
                    Outcome o = compute.apply(t);
                    if (!s.claimed.compareAndSet(false, true)) {
                        return; // timed out and abandoned: the watchdog gave the file its outcome
                    }
                    own.write(o);
                    d = new Batch.Done(t.seq(), o, null);
                } catch (Throwable e) {
                    if (!s.claimed.compareAndSet(false, true)) {
                        return;
                    }
                    d = new Batch.Done(t.seq(), null, e);
                }
                current = null;
                deliver.accept(d);
            }
        }
    }
}
