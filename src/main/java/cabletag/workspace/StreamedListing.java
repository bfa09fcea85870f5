package cabletag.workspace;

import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/**
 * The listing of a window's corpus, on a thread of its own: the cables join the workspace a batch at a
 * time, in corpus order, while the first ones are already shown. Whoever opens the workspace waits only
 * for the first batch (enough cables to choose where to start), not for 250,000 files to be listed; the
 * listing then holds until told to {@link #carryOn()}, so the first cable has the processor to itself.
 */
final class StreamedListing {

    private final CountDownLatch firstBatch = new CountDownLatch(1);
    /** Opened once the window shows its first cable: until then the listing holds after its first batch. */
    private final CountDownLatch carryOn = new CountDownLatch(1);
    private final Thread thread;
    private volatile int count;

    /**
     * Starts listing into {@code loader}; {@code listed} hears the number of cables after each batch (on
     * the listing thread), {@code done} runs once everything is listed.
     */
    StreamedListing(CorpusLoader loader, IntConsumer listed, Runnable done) {
        thread = new Thread(() -> {
            try {
                loader.listAll(size -> {
                    count = size;
                    firstBatch.countDown();
                    listed.accept(size);
                    awaitCarryOn();
                });
            } finally {
                firstBatch.countDown();
                done.run();
            }
        }, "cabletag-listing");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Waits until the first batch is listed, or the whole corpus when it is smaller than a batch. */
    void awaitFirstBatch() throws java.io.InterruptedIOException {
        try {
            firstBatch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while listing the corpus");
        }
    }

    /** Lets the listing go on past its first batch (once the window shows a cable: it must not share the processor with it). */
    void carryOn() {
        carryOn.countDown();
    }

    private void awaitCarryOn() {
        try {
            carryOn.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many cables are listed so far. */
    int count() {
        return count;
    }
}
