package cabletag.cli;

import cabletag.core.text.Counted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import cabletag.workspace.CorrectedDocuments;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.UnreadableStoreException;

/** What the commands share: opening the inputs with their stored corrections. */
final class CommandSupport {

    private CommandSupport() {
    }

    static InputCorpus open(List<Path> inputs, boolean applyCorrections, boolean reviewedOnly, java.io.PrintStream err) {
        InputCorpus.validate(inputs); // bad use is reported before the store is even opened
        return InputCorpus.open(inputs, applyCorrections ? corrections(err) : CorrectedDocuments.none(), reviewedOnly);
    }

    /**
     * The analyst's store, as the window sees it (older stores migrated on the way); a store that is there but
     * cannot be read stops the command (exit 1, one line), never passes for an empty one. What opening it did that
     * must be said (a step over many cables cut short by a killed window, completed or taken back) is said on
     * {@code err} at once, one line each: no problem, the exit code stays as it is.
     */
    static CorrectedDocuments corrections(java.io.PrintStream err) {
        try {
            CorrectedDocuments opened = CorrectedDocuments.open(StoreLocation.defaultLocation());
            ProblemLine.printAll(err, opened.storeNotes());
            return opened;
        } catch (UnreadableStoreException e) {
            throw new CorrectionsUnreadableException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored corrections: " + e.getMessage(), e);
        }
    }

    /** Progress on standard error, at most once a second, only once a run has lasted two seconds. */
    static final class ProgressLine {
        static final java.time.Duration FIRST_AFTER = java.time.Duration.ofSeconds(2);
        static final java.time.Duration INTERVAL = java.time.Duration.ofSeconds(1);

        /** Timing of new progress lines; tests set it to zero to see every line (see {@link #timing}). */
        private static volatile java.time.Duration[] timing = {FIRST_AFTER, INTERVAL};

        private final java.io.PrintStream err;
        private final long firstAfter;
        private final long interval;
        private final long started = System.nanoTime();
        private long lastShown;
        private boolean shown;

        ProgressLine(java.io.PrintStream err) {
            this(err, timing[0], timing[1]);
        }

        ProgressLine(java.io.PrintStream err, java.time.Duration firstAfter, java.time.Duration interval) {
            this.err = err;
            this.firstAfter = firstAfter.toNanos();
            this.interval = interval.toNanos();
        }

        /** Sets the timing of the progress lines of the commands run from now on; returns the previous one. */
        static java.time.Duration[] timing(java.time.Duration firstAfter, java.time.Duration interval) {
            java.time.Duration[] previous = timing;
            timing = new java.time.Duration[] {firstAfter, interval};
            return previous;
        }

        void update(long done, String current) {
            long now = System.nanoTime();
            if (now - started < firstAfter || shown && now - lastShown < interval) {
                return;
            }
            shown = true;
            lastShown = now;
            ProblemLine.print(err, "... " + Counted.of(done, "cable", "cables") + " read, at " + current); // a name stays on its line
        }
    }
}
