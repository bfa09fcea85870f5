package cabletag.workspace;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes the store on its own thread, so an edit does not wait for the disk (two forced writes per
 * edit: 7-9 ms of a relabel on this machine's disk, more on a spinning one). Only the newest write per
 * cable is kept while one waits: a burst of edits costs one write, and the queue never grows beyond one
 * entry per cable. A write is started as soon as it is queued, so a kill loses milliseconds of edits.
 *
 * <p>A step over many cables is one write of a set (ADR 0013): it is never split, and a later write of one of
 * its cables never takes the place of an earlier one that waits before the set (it would be overtaken by the
 * set's older content); it waits after the set instead, and the next writes of that cable replace it there.
 */
final class StoreWriter {

    /** A write waiting: of one cable (replaced by a newer one of it), or of a set of cables (never split or merged). */
    private static final class Waiting {
        final Set<Integer> cables;
        final boolean set;
        Runnable write;

        Waiting(Set<Integer> cables, boolean set, Runnable write) {
            this.cables = cables;
            this.set = set;
            this.write = write;
        }
    }

    private final Executor thread;
    /** The thread this writer started itself and so shuts down; null when it was given one. */
    private final ExecutorService own;
    private final ArrayDeque<Waiting> pending = new ArrayDeque<>();
    /** The last write waiting for each cable. */
    private final Map<Integer, Waiting> last = new HashMap<>();
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

    /** Queues a write of one cable (which reports its own failures), replacing the cable's last one if that waits alone. */
    synchronized void submit(int cable, Runnable write) {
        Waiting before = last.get(cable);
        if (before != null && !before.set) {
            before.write = write; // where it waited: after every set of the cable queued before it
        } else {
            Waiting waiting = new Waiting(Set.of(cable), false, write);
            pending.add(waiting);
            last.put(cable, waiting);
        }
        start();
    }

    /** Queues the write of a set of cables as one (it reports its own failures), after every write queued so far. */
    synchronized void submitSet(Collection<Integer> cables, Runnable write) {
        Waiting waiting = new Waiting(Set.copyOf(cables), true, write);
        pending.add(waiting);
        for (Integer cable : waiting.cables) {
            last.put(cable, waiting);
        }
        start();
    }

    private void start() {
        if (!busy) {
            busy = true;
            thread.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                Waiting first = pending.poll();
                if (first == null) {
                    busy = false;
                    notifyAll();
                    return;
                }
                for (Integer cable : first.cables) {
                    last.remove(cable, first);
                }
                next = first.write;
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
