package cabletag.workspace;

import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReaderChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * What each file of a listing batch is, a cable, a dataset or no part of the corpus ({@link CorpusReader#choose},
 * the commands' decision), told on several threads at once. Telling opens every file, and an open costs as
 * much as the listing's walk itself: on one thread it made a first listing of 250,000 files two to four times
 * as long. The background reader's threads are idle while the corpus is listed (it starts once all is
 * listed), so as many threads as it has help the listing thread decide; the batch is handed on, in corpus
 * order, only once every file of it is decided, so a binary file is never a row, not even for a moment.
 */
final class ListingChoices implements AutoCloseable {

    /** Files one thread decides at a time: the first batch (64) is decided by the listing thread alone. */
    static final int CHUNK = 64;

    private final CorpusReader reader;
    private final int helpers;
    private final AtomicInteger opened = new AtomicInteger();
    private ExecutorService pool;

    /** {@code helpers}: how many threads beside the calling one may decide (0: it decides alone). */
    ListingChoices(CorpusReader reader, int helpers) {
        this.reader = reader;
        this.helpers = helpers;
    }

    /** As many helpers as the background reader has threads: one less than the processors, at least one. */
    static int readerThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * What each file is, at the same index; null for a file {@code listedUnopened} lets through without
     * opening (read as one cable before, unchanged since). Returns once every file is decided.
     */
    ReaderChoice[] choose(List<CorpusFile> files, Predicate<CorpusFile> listedUnopened) {
        ReaderChoice[] choices = new ReaderChoice[files.size()];
        int chunks = (files.size() + CHUNK - 1) / CHUNK;
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            int chunk;
            while ((chunk = next.getAndIncrement()) < chunks) {
                int end = Math.min(files.size(), (chunk + 1) * CHUNK);
                for (int i = chunk * CHUNK; i < end; i++) {
                    CorpusFile file = files.get(i);
                    if (!listedUnopened.test(file)) {
                        opened.incrementAndGet();
                        choices[i] = reader.choose(file);
                    }
                }
            }
        };
        List<Future<?>> helping = new ArrayList<>();
        for (int h = 0; h < Math.min(helpers, chunks - 1); h++) {
            helping.add(pool().submit(work));
        }
        work.run();
        awaitAll(helping); // their choices are visible to this thread once their futures are done
        return choices;
    }

    /** How many files were opened to tell what they are (a test hook). */
    int opened() {
        return opened.get();
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(helpers, runnable -> {
                Thread thread = new Thread(runnable, "cabletag-listing-choices");
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    private static void awaitAll(List<Future<?>> futures) {
        boolean interrupted = false;
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the batch is handed on whole: wait for its last files, then say so
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the helping threads go (the listing is done). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
