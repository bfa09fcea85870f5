package cabletag.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C (SIGINT) or SIGTERM during an export, taken as a cancel of that export. On those signals the JVM
 * runs its shutdown hooks and halts the moment they return, whatever its other threads are doing: the
 * export died between two cables and left its staging folder beside the target, for the next export into
 * that folder to remove. This hook asks the export to stop ({@link #asked}, the export's cancel) and waits,
 * {@link #WAIT} at most, for it to end: a cancelled export deletes what it staged on its way out. The
 * process still ends with the code the JVM gives a program killed by the signal (130, 143); a hook does not
 * change it. An export already committing when the signal comes finishes its commit (the target then holds
 * the new set); one that does not end in time is left as {@code kill -9} would leave it, which the next
 * export repairs (CLI.md, "Writing: all old or all new").
 */
final class SignalCancel implements AutoCloseable {

    /** How long the JVM is held for the export to clean up: a staging folder of 30 MB goes in well under a second. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final AtomicBoolean asked = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    /** What the hook says once the export ended; set by the export as it ends. */
    private final AtomicReference<String> outcome = new AtomicReference<>();
    private final Thread hook;

    private SignalCancel(PrintStream err, String command, String lateLine) {
        hook = new Thread(() -> {
            asked.set(true);
            boolean inTime = false;
            try {
                inTime = ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String line = inTime ? outcome.get() : lateLine;
            err.println(command + ": interrupted" + (line == null ? "" : "; " + line));
            err.flush();
        }, "cabletag-cancel-on-signal");
    }

    /**
     * Holds the JVM's shutdown for the export from now on, until {@link #close}.
     *
     * @param lateLine what the line says when the export did not end within {@link #WAIT}
     */
    static SignalCancel install(PrintStream err, String command, String lateLine) {
        SignalCancel cancel = new SignalCancel(err, command, lateLine);
        Runtime.getRuntime().addShutdownHook(cancel.hook);
        return cancel;
    }

    /** The export's cancel: true once a signal asked the process to end. */
    BooleanSupplier asked() {
        return asked::get;
    }

    boolean wasAsked() {
        return asked.get();
    }

    /** Says how the export ended ({@code null}: said elsewhere); the hook prints it if a signal came. */
    void ended(String line) {
        outcome.set(line);
        ended.countDown();
    }

    /**
     * Lets the hook go. During the shutdown a signal began, the hook cannot be removed; then this thread waits
     * for the halt rather than return: an exit of its own could race the halt and end the process with
     * another code than the signal's.
     */
    @Override
    public void close() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            awaitHalt();
        }
    }

    private static void awaitHalt() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // the JVM halts this thread with the others; nothing is left for it to do
            }
        }
    }
}
