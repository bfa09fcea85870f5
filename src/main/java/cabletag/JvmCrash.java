package cabletag;

import java.util.Set;

/**
 * Tells a crashed JVM from one that exited or was ended, by the exit code its parent sees: 128 plus the
 * signal that ended it. A fatal error ends a HotSpot JVM with abort() (SIGABRT, 134) after its crash report;
 * a fault it could not handle (too early, or in its own handler) ends it with the fault's signal. The signals
 * that end a window on purpose are not among them: Ctrl+C (130), a closed terminal (129), {@code kill}
 * (143, also what the launcher forwards when it is ended), {@code kill -9} or the kernel's OOM killer (137).
 */
final class JvmCrash {

    /**
     * SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV by their Linux numbers, and 10, SIGBUS on macOS (on
     * Linux SIGUSR1, which nothing sends a window).
     */
    private static final Set<Integer> FAULT_SIGNALS = Set.of(4, 5, 6, 7, 8, 10, 11);

    private JvmCrash() {
    }

    static boolean endedWith(int exitCode) {
        return exitCode > 128 && FAULT_SIGNALS.contains(exitCode - 128);
    }
}
