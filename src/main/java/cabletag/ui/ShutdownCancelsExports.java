package cabletag.ui;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The window's exports (the export dialog's, Export all inline), cancelled when the JVM is asked to end: SIGTERM
 * ({@code kill}, the launcher of the runnable jar ending), SIGINT, a logout. The JVM runs its shutdown hooks and
 * halts the moment they return, whatever its other threads do: an export killed so died between two cables and
 * left its staging folder in the output folder. The hook asks every running export to stop (their cancel, polled
 * before each cable) and waits, {@link #WAIT} at most, for each to end: a cancelled export deletes what it staged
 * on its way out, as after the dialog's Cancel. An export already committing finishes its commit; one that does not
 * end in time is left as {@code kill -9} leaves it, for the next export into that folder to repair (ADR 0009), as
 * {@code cabletag export} does on the same signals.
 */
final class ShutdownCancelsExports {

    /** How long the JVM is held for the exports to clean up: a staging folder of 30 MB goes in well under a second. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final ShutdownCancelsExports JVM = new ShutdownCancelsExports();

    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean ending = new AtomicBoolean();
    private final AtomicBoolean hooked = new AtomicBoolean();

    /** The one for this JVM's shutdown. */
    static ShutdownCancelsExports jvm() {
        return JVM;
    }

    /** One export from its start to its end; closing it says it ended. */
    final class Running implements AutoCloseable {
        private final BooleanSupplier cancelled;
        private final CountDownLatch ended = new CountDownLatch(1);

        private Running(BooleanSupplier cancelled) {
            this.cancelled = cancelled;
        }

        /** The export's cancel: the analyst's, or the JVM ending. */
        BooleanSupplier cancel() {
            return () -> ending.get() || cancelled.getAsBoolean();
        }

        @Override
        public void close() {
            running.remove(this);
            ended.countDown();
        }
    }

    /**
     * An export starts, cancelled by {@code cancelled} (the dialog's Cancel) or by the JVM ending; the hook is
     * installed with the first one. Close what it returns when the export has ended, however it ended.
     */
    Running start(BooleanSupplier cancelled) {
        if (this == JVM && hooked.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::endAll, "cabletag-export-cancel-on-exit"));
        }
        Running export = new Running(cancelled);
        running.add(export);
        return export;
    }

    /** The hook: every running export asked to stop, and awaited until {@link #WAIT} is over. */
    void endAll() {
        askAllToEnd();
        awaitTheEnded();
    }

    /** Every export running, and every one started from now on, is cancelled. */
    void askAllToEnd() {
        ending.set(true);
    }

    /** Waits for the exports running to end, {@link #WAIT} at most. */
    void awaitTheEnded() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (Running export : Set.copyOf(running)) {
            try {
                if (!export.ended.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return; // left as kill -9 leaves it: the next export into its folder repairs it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
