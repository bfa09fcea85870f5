package cabletag.workspace;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * A value computed at most once: ahead of time by the background thread, or else by whoever needs it
 * first. Used for what a cable's first edit or save needs but opening does not (the source hash, the
 * token index of a 4-million-character cable), so that neither opening nor the first key press waits.
 */
final class AheadOfTime<T> {

    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "cabletag-ahead-of-time");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private final FutureTask<T> task;
    private boolean queued;

    AheadOfTime(Callable<T> compute) {
        this.task = new FutureTask<>(compute);
    }

    /** Queues the computation on the background thread (once). */
    synchronized AheadOfTime<T> startInBackground() {
        if (!queued) {
            queued = true;
            BACKGROUND.execute(task);
        }
        return this;
    }

    /** The value: computed here if the background thread has not started it, else waited for. */
    T get() {
        task.run(); // does nothing if it already ran or is running elsewhere
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the value is needed; keep the interrupt for the caller
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
