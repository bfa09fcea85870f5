package cabletag.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long ago this process started, for the start-up trace. {@code ProcessHandle}'s start instant adds the
 * process's age to the boot time of {@code /proc/stat}, which Linux gives in whole seconds: it reads up to a
 * second early (0.36 s on the machine where this was found, so every start-up looked that much slower than
 * the shell's clock said). On Linux this class takes the age from {@code /proc} alone, to the hundredth of a
 * second and without the wall clock, which may be stepped meanwhile; elsewhere it falls back to
 * {@code ProcessHandle}.
 */
final class ProcessStart {

    /** Linux's USER_HZ, the unit of {@code /proc/[pid]/stat}'s start time: 100 on every architecture Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    /** Milliseconds since the process started. */
    static long ageMillis() {
        try {
            OptionalLong age = ageFromProc(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
            if (age.isPresent()) {
                return age.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the coarser answer below
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> System.currentTimeMillis() - start.toEpochMilli()).orElse(-1L);
    }

    /**
     * The age from the two {@code /proc} files: the system has been up {@code uptime} seconds, and the
     * process started {@code starttime} ticks after the boot (field 22 of {@code stat}, counted after the
     * command name, which may itself hold spaces and parentheses).
     */
    static OptionalLong ageFromProc(String stat, String uptime) {
        int commandEnd = stat.lastIndexOf(')');
        String[] fields = stat.substring(commandEnd + 1).trim().split(" ");
        String[] uptimes = uptime.trim().split(" ");
        if (commandEnd < 0 || fields.length < 20) {
            return OptionalLong.empty();
        }
        // fields[0] is field 3 (the state), so field 22 is fields[19]
        long startTicks = Long.parseLong(fields[19]);
        long uptimeMillis = Math.round(Double.parseDouble(uptimes[0]) * 1000);
        return OptionalLong.of(uptimeMillis - startTicks * 1000 / TICKS_PER_SECOND);
    }
}
