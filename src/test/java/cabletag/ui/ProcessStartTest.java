package cabletag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessStartTest {

    @Test
    void startIsTheBootTimeFromUptimePlusTheTicksOfField22() {
        // the command name holds a space and a parenthesis; only the last ')' ends it
        String stat = "4242 (my (odd) java) S 1 4242 4242 0 -1 4194304 99 0 0 0 0 0 0 0 20 0 1 0 7589793 3133440 380 "
                + "18446744073709551615 0 0 0 0";
        long now = 1_796_294_756_322L;
        OptionalLong start = ProcessStart.fromProc(stat, "75897.94 86026.56\n", now);
        // booted 75,897.94 s before now; started 75,897.93 s after the boot
        assertEquals(OptionalLong.of(now - 75_897_940 + 75_897_930), start);
    }

    @Test
    void aLineCutShortGivesNoAnswerRatherThanAWrongOne() {
        assertEquals(OptionalLong.empty(), ProcessStart.fromProc("4242 (java) S 1 4242", "10.00 5.00", 0));
    }

    @Test
    void theProcessStartedBeforeItsVirtualMachineAndNotLongBefore() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long processStart = ProcessStart.epochMillis();
        // two readings of a hundredth of a second each; the launcher before the JVM takes well under 5 s
        assertTrue(processStart <= jvmStart + 20, processStart + " after the JVM's start " + jvmStart);
        assertTrue(jvmStart - processStart < 5_000, processStart + " long before the JVM's start " + jvmStart);
    }
}
