package cabletag.workspace;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes the store on its own thread, so an edit does not wait for the disk (two forced writes per
 * edit: 7-9 ms of a relabel on this machine's disk, more on a spinning one). Only the newest write per
 * cable is kept while one waits: a burst of edits costs one write, and the queue never grows beyond one
 * entry per cable. A write is started as soon as it is queued, so a kill loses milliseconds of edits.
 */
final class StoreWriter {

    private final Executor thread;
    /** The thread this writer started itself and so shuts down; null when it was given one. */
    private final ExecutorService own;
    private final Map<Integer, Runnable> pending = new LinkedHashMap<>();
    private boolean busy;

    StoreWriter() {
        own = Executors.newSingleThreadExecutor(work -> {
            Thread writer = new Thread(work, "cabletag-store-writer");
            writer.setDaemon(true);
            return writer;
        });
        thread = own;
    }

    /** Runs the writes on {@code thread}, which must run one task at a time (tests run them by hand or wait for them). */
    StoreWriter(Executor thread) {
        this.thread = thread;
        own = null;
    }

    /** Queues a write (which reports its own failures) under {@code key}, replacing one still waiting there. */
    synchronized void submit(int key, Runnable write) {
        pending.put(key, write);
        if (!busy) {
            busy = true;
            thread.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                Iterator<Runnable> first = pending.values().iterator();
                if (!first.hasNext()) {
                    busy = false;
                    notifyAll();
                    return;
                }
                next = first.next();
                first.remove();
            }
            next.run();
        }
    }

    /** Returns once every queued write has run (or the caller is interrupted, whose flag stays set). */
    synchronized void awaitIdle() {
        while (busy) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void shutdown() {
        if (own != null) {
            own.shutdown();
        }
    }
}
