package cabletag.workspace;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the summary of every cable read in a session, whichever route read it (the background reader, the
 * first cable shown, a cable the analyst opened while the reading went on, a pass over the corpus), in the
 * {@link CableSummaries} file as the reading goes on: in batches while the background reader runs, once every
 * cable is read, and when the session closes. A window closed, or a process killed, half-way through a large
 * corpus leaves what was read up to the last batch (every write replaces the file as a whole, atomically),
 * and the next opening reads only the rest.
 *
 * <p>The kept summaries are opened late (loading 250,000 of them takes time the first cable must not wait
 * for): what is found before is held here and handed over once they are.
 *
 * <p>A batch is written at most every {@link #BATCH_INTERVAL_NANOS}, and never sooner after the last write
 * than {@link #COST_FACTOR} times what it took, so that writing costs the reading a few per cent at most
 * however large the file grows.
 */
final class SummaryKeeper {

    static final long BATCH_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(3);
    /** A write of 250,000 summaries takes a fraction of a second: the next one waits twenty times as long. */
    static final int COST_FACTOR = 20;

    private final Supplier<CableSummaries> opener;
    private final Problems problems;
    private final LongSupplier clock;
    private final long interval;
    /** Found before the kept summaries were opened; guarded by this. */
    private final Map<String, CableSummaries.Summary> early = new HashMap<>();
    private volatile CableSummaries summaries;
    /** One write at a time; a reader thread that finds one going on does not wait for it. */
    private final ReentrantLock writing = new ReentrantLock();
    /** When the next batch may be written (the clock's nanoseconds); set once the summaries are open. */
    private volatile long nextBatch = Long.MAX_VALUE;
    /** Every cable was read: a write holds this session's summaries only. */
    private volatile boolean complete;
    /** A write failed and was named: later batches are not tried (the last write is, and named only if not yet). */
    private volatile boolean failed;

    SummaryKeeper(Supplier<CableSummaries> opener, Problems problems) {
        this(opener, problems, BATCH_INTERVAL_NANOS, System::nanoTime);
    }

    /** {@code interval} between batches and the {@code clock} they are timed by (tests give their own). */
    SummaryKeeper(Supplier<CableSummaries> opener, Problems problems, long interval, LongSupplier clock) {
        this.opener = opener;
        this.problems = problems;
        this.interval = interval;
        this.clock = clock;
    }

    /** A cable's file was read and found so; from any thread. */
    void found(String path, CableSummaries.Summary summary) {
        CableSummaries opened = summaries;
        if (opened == null) {
            synchronized (this) {
                opened = summaries;
                if (opened == null) {
                    early.put(path, summary);
                    return;
                }
            }
        }
        opened.put(path, summary);
    }

    /**
     * The kept summaries, opened on the first call with what was found before handed over (two threads that
     * meet here may both ask the opener: the summaries set first are kept, the others dropped unused).
     */
    CableSummaries open() {
        CableSummaries opened = summaries;
        if (opened != null) {
            return opened;
        }
        // loaded outside the lock: a cable read meanwhile (on the UI thread) must not wait for 250,000 summaries
        CableSummaries kept = opener.get();
        synchronized (this) {
            if (summaries == null) {
                early.forEach(kept::put);
                early.clear();
                summaries = kept;
                nextBatch = clock.getAsLong() + interval;
            }
            return summaries;
        }
    }

    /** The background reader read one more cable: writes a batch when one is due (cheap when none is). */
    void cableRead() {
        if (summaries == null || clock.getAsLong() - nextBatch < 0 || failed || complete) {
            return;
        }
        if (!writing.tryLock()) {
            return; // another reader thread is writing it
        }
        try {
            if (clock.getAsLong() - nextBatch >= 0 && !failed && !complete) {
                write();
            }
        } finally {
            writing.unlock();
        }
    }

    /** Every cable is read: writes this session's summaries, the files gone from the corpus left out. */
    void allRead() {
        writing.lock();
        try {
            complete = true;
            write();
        } finally {
            writing.unlock();
        }
    }

    /** The session closes: writes what was found since the last write, if anything. */
    void close() {
        synchronized (this) {
            if (summaries == null && early.isEmpty()) {
                return; // nothing read: the file stays as it is, unopened
            }
        }
        CableSummaries kept = open();
        writing.lock();
        try {
            if (kept.hasUnwritten()) {
                write();
            }
        } finally {
            writing.unlock();
        }
    }

    /** Under {@link #writing}: so far, or this session's only once every cable is read. */
    private void write() {
        CableSummaries kept = open();
        long start = clock.getAsLong();
        try {
            if (complete) {
                kept.write();
            } else {
                kept.writeSoFar();
            }
        } catch (IOException | RuntimeException e) {
            if (!failed) {
                problems.add("Could not keep the cable summaries in " + kept.file() + " (" + e.getMessage()
                        + "); the next opening reads again every cable they miss.");
            }
            failed = true;
            return;
        }
        long end = clock.getAsLong();
        nextBatch = end + Math.max(interval, COST_FACTOR * (end - start));
    }
}
