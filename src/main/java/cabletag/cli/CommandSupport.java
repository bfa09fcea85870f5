package cabletag.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** What the commands share: opening the inputs with their stored corrections. */
final class CommandSupport {

    private CommandSupport() {
    }

    static InputCorpus open(List<Path> inputs, boolean applyCorrections) {
        InputCorpus.validate(inputs); // bad use is reported before the store is even opened
        Corrections corrections = applyCorrections ? corrections(inputs) : Corrections.NONE;
        return InputCorpus.open(inputs, corrections);
    }

    static Corrections corrections(List<Path> inputs) {
        try {
            return Corrections.open(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored corrections: " + e.getMessage(), e);
        }
    }

    /** Progress on standard error, at most once a second, only once a run has lasted two seconds. */
    static final class ProgressLine {
        private final java.io.PrintStream err;
        private final long started = System.nanoTime();
        private long lastShown;

        ProgressLine(java.io.PrintStream err) {
            this.err = err;
        }

        void update(long done, String current) {
            long now = System.nanoTime();
            if (now - started < 2_000_000_000L || now - lastShown < 5_000_000_000L) {
                return;
            }
            lastShown = now;
            err.println("... " + done + " cables read, at " + current);
        }
    }
}
