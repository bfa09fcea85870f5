package cabletag.ui;

import java.time.Instant;

/**
 * Start-up latency seen from outside: with {@code -Dcabletag.startupTrace=true} the window prints to
 * standard error, once, when the frame that shows the first cable's highlighted text has been painted (the
 * pulse after the one that laid it out waits for that), as wall-clock milliseconds since the epoch and since
 * the process started, so a script can measure from its own clock or from the process's. The screen shows the
 * frame later still (under Xvfb, 0.8 to 1.8 s later): docs/PERFORMANCE.md reads that from the pixels. With
 * {@code -Dcabletag.exitAfterFirstCable=true} the window then closes itself: the packaging's class-data-sharing training run and the latency
 * measurements use it.
 */
public final class StartupTrace {

    static final String TRACE_PROPERTY = "cabletag.startupTrace";
    static final String EXIT_PROPERTY = "cabletag.exitAfterFirstCable";

    private StartupTrace() {
    }

    static boolean wanted() {
        return Boolean.getBoolean(TRACE_PROPERTY) || Boolean.getBoolean(EXIT_PROPERTY);
    }

    static boolean exitWanted() {
        return Boolean.getBoolean(EXIT_PROPERTY);
    }

    /** The line printed when the first cable is on screen. */
    static String firstCableLine(long nowMillis) {
        long sinceStart = ProcessStart.ageMillis();
        // The processor time used so far tells the work done apart from the waiting on a busy machine.
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        return "cabletag startup: first cable highlighted at " + nowMillis + " ms epoch, " + sinceStart
                + " ms after process start, " + cpu + " ms processor time (" + Instant.ofEpochMilli(nowMillis) + ")";
    }

    /**
     * With the trace on, a step on the way to the first cable, to see where the time goes: "cabletag
     * startup: window shown at 1234 ms after process start, 900 ms processor time".
     */
    public static void step(String what) {
        if (wanted()) {
            long sinceStart = ProcessStart.ageMillis();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.err.println("cabletag startup: " + what + " at " + sinceStart + " ms after process start, " + cpu
                    + " ms processor time");
        }
    }

    static void firstCableOnScreen() {
        System.err.println(firstCableLine(System.currentTimeMillis()));
    }
}
