package cabletag.cli;

import cabletag.formats.CorpusFile;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads (and parses, and corrects) the files of a command on every core, ahead of the one thread that
 * writes, and hands the results out strictly in input order: the output is byte for byte the output of
 * reading one file after another. Bounded by bytes in flight as well as by files, so memory stays
 * bounded whatever the file sizes (a 512 MB heap holds the window while a 2 GB corpus streams through).
 *
 * @param <T> what reading one file gives
 */
final class ReadAhead<T> implements AutoCloseable {

    /**
     * The number of reading threads; {@code -Dcabletag.readThreads=0} reads one file after another on
     * the caller's thread. By default one a core: the threads read, parse, correct and also format each
     * document (an export's bytes, a count's figures), so the caller's thread only writes in order and
     * is idle most of the time. (When the caller's thread still formatted every document, reading ahead
     * on two cores measured no faster: the caller was the bottleneck; docs/PERFORMANCE.md.)
     */
    static final String THREADS_PROPERTY = "cabletag.readThreads";

    private static final long BYTES_IN_FLIGHT = 64L << 20;

    private final List<CorpusFile> files;
    private final Function<Integer, T> work;
    private final int threads;
    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final Deque<Long> pendingBytes = new ArrayDeque<>();
    private long bytesInFlight;
    private int nextToStart;

    /** {@code work} reads the file at an index of {@code files}; it runs on the reading threads. */
    ReadAhead(List<CorpusFile> files, Function<Integer, T> work) {
        this.files = files;
        this.work = work;
        this.threads = threads();
        this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cabletag-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    static int threads() {
        String set = System.getProperty(THREADS_PROPERTY);
        if (set != null) {
            try {
                return Math.max(0, Integer.parseInt(set.trim()));
            } catch (NumberFormatException e) {
                // fall back to the machine
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** What the next file in input order gave; the caller asks once per file, in order. */
    T next() {
        if (pool == null) {
            return work.apply(nextToStart++);
        }
        startMore();
        Future<T> first = pending.removeFirst();
        bytesInFlight -= pendingBytes.removeFirst();
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime; // a bad-use stop, say: the same exception the sequential read would throw
            }
            if (cause instanceof Error error) {
                throw error; // out of memory is said as such by the command line
            }
            throw new IllegalStateException(cause);
        } finally {
            startMore();
        }
    }

    /** Keeps the reading threads busy: up to four files a thread, at most 64 MB of files at once. */
    private void startMore() {
        while (nextToStart < files.size() && pending.size() < 4 * Math.max(1, threads)
                && (pending.isEmpty() || bytesInFlight < BYTES_IN_FLIGHT)) {
            int index = nextToStart++;
            long size = sizeOf(files.get(index));
            pending.addLast(pool.submit(() -> work.apply(index)));
            pendingBytes.addLast(size);
            bytesInFlight += size;
        }
    }

    /** The size the listing saw; asked of the file system only when the listing did not look. */
    private static long sizeOf(CorpusFile file) {
        if (file.size() != CorpusFile.UNKNOWN_SIZE) {
            return file.size();
        }
        try {
            return Files.size(file.path());
        } catch (Exception e) {
            return 0; // the read itself will say what is wrong with it
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
    }
}
