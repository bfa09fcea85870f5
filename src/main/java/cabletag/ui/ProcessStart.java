package cabletag.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * When this process started, in epoch milliseconds, for the start-up trace. {@code ProcessHandle}'s start
 * instant adds the process's age to the boot time of {@code /proc/stat}, which Linux gives in whole
 * seconds: it reads up to a second early (0.36 s on the machine where this was found, so every start-up
 * looked that much slower than the shell's clock said). On Linux this class takes the boot time from
 * {@code /proc/uptime} instead, to the hundredth of a second; elsewhere it falls back to {@code ProcessHandle}.
 */
final class ProcessStart {

    /** Linux's USER_HZ, the unit of {@code /proc/[pid]/stat}'s start time: 100 on every architecture Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    static long epochMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String uptime = Files.readString(Path.of("/proc/uptime"));
            OptionalLong start = fromProc(stat, uptime, System.currentTimeMillis());
            if (start.isPresent()) {
                return start.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the coarser answer below
        }
        return ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
    }

    /**
     * The start from the two {@code /proc} files read at {@code nowMillis}: the boot was {@code uptime}
     * seconds ago, and the process started {@code starttime} ticks after it (field 22 of {@code stat},
     * counted after the command name, which may itself hold spaces and parentheses).
     */
    static OptionalLong fromProc(String stat, String uptime, long nowMillis) {
        int commandEnd = stat.lastIndexOf(')');
        String[] fields = stat.substring(commandEnd + 1).trim().split(" ");
        String[] uptimes = uptime.trim().split(" ");
        if (commandEnd < 0 || fields.length < 20 || uptimes.length < 1) {
            return OptionalLong.empty();
        }
        // fields[0] is field 3 (the state), so field 22 is fields[19]
        long startTicks = Long.parseLong(fields[19]);
        long uptimeMillis = Math.round(Double.parseDouble(uptimes[0]) * 1000);
        long bootMillis = nowMillis - uptimeMillis;
        return OptionalLong.of(bootMillis + startTicks * 1000 / TICKS_PER_SECOND);
    }
}
