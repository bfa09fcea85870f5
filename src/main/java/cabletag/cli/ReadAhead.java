package cabletag.cli;

import cabletag.formats.CorpusFile;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
    /**
     * Files are handed to a thread in runs of consecutive files, up to this many or {@link #BATCH_BYTES}:
     * a hand-over between threads (a wake-up each way) cost as much as reading a small cable.
     */
    private static final int BATCH_FILES = 16;
    private static final long BATCH_BYTES = 256L << 10;

    private final List<CorpusFile> files;
    private final Function<Integer, T> work;
    private final int threads;
    private final ExecutorService pool;
    private final Deque<Future<List<Result<T>>>> pending = new ArrayDeque<>();
    private final Deque<Long> pendingBytes = new ArrayDeque<>();
    private List<Result<T>> batch = List.of();
    private int nextInBatch;
    private long bytesInFlight;
    private int nextToStart;

    /** What the work gave for one file, or what it threw: thrown only when that file's turn comes. */
    private record Result<T>(T value, Throwable failure) { }

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
        if (nextInBatch == batch.size()) {
            startMore();
            Future<List<Result<T>>> first = pending.removeFirst();
            bytesInFlight -= pendingBytes.removeFirst();
            try {
                batch = first.get();
                nextInBatch = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } finally {
                startMore();
            }
        }
        Result<T> result = batch.get(nextInBatch);
        batch.set(nextInBatch++, null); // handed out: not kept until the whole run is
        if (result.failure() != null) {
            throw rethrown(result.failure());
        }
        return result.value();
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime; // a bad-use stop, say: the same exception the sequential read would throw
        }
        if (cause instanceof Error error) {
            throw error; // out of memory is said as such by the command line
        }
        throw new IllegalStateException(cause);
    }

    /**
     * Keeps the reading threads busy: up to four runs of files a thread, at most 64 MB of files at once
     * (and one run more, however large).
     */
    private void startMore() {
        while (nextToStart < files.size() && pending.size() < 4 * Math.max(1, threads)
                && (pending.isEmpty() || bytesInFlight < BYTES_IN_FLIGHT)) {
            int from = nextToStart;
            long bytes = 0;
            do {
                bytes += sizeOf(files.get(nextToStart++));
            } while (nextToStart < files.size() && nextToStart - from < BATCH_FILES && bytes < BATCH_BYTES);
            int to = nextToStart;
            pending.addLast(pool.submit(() -> run(from, to)));
            pendingBytes.addLast(bytes);
            bytesInFlight += bytes;
        }
    }

    private List<Result<T>> run(int from, int to) {
        List<Result<T>> results = new ArrayList<>(to - from);
        for (int index = from; index < to; index++) {
            if (Thread.currentThread().isInterrupted()) {
                break; // closed: nobody will ask
            }
            try {
                results.add(new Result<>(work.apply(index), null));
            } catch (RuntimeException | Error e) {
                results.add(new Result<>(null, e));
            }
        }
        return results;
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
