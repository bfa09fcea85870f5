package cabletag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessStartTest {

    @Test
    void ageIsTheUptimeLessTheTicksOfField22() {
        // the command name holds a space and a parenthesis; only the last ')' ends it
        String stat = "4242 (my (odd) java) S 1 4242 4242 0 -1 4194304 99 0 0 0 0 0 0 0 20 0 1 0 7589793 3133440 380 "
                + "18446744073709551615 0 0 0 0";
        // up 75,897.94 s; started 75,897.93 s after the boot
        assertEquals(OptionalLong.of(10), ProcessStart.ageFromProc(stat, "75897.94 86026.56\n"));
    }

    @Test
    void aLineCutShortGivesNoAnswerRatherThanAWrongOne() {
        assertEquals(OptionalLong.empty(), ProcessStart.ageFromProc("4242 (java) S 1 4242", "10.00 5.00"));
    }

    @Test
    void theProcessIsOlderThanItsVirtualMachineAndNotMuchOlder() {
        // both ages from clocks that the wall clock's steps do not move: a comparison with the JVM's start
        // instant failed once in CI, the wall clock having moved 8.4 s between the two readings
        long jvmAge = ManagementFactory.getRuntimeMXBean().getUptime();
        long processAge = ProcessStart.ageMillis();
        // two readings of a hundredth of a second each; the launcher before the JVM takes well under 5 s
        assertTrue(processAge >= jvmAge - 20, "process " + processAge + " ms old, its JVM " + jvmAge + " ms");
        assertTrue(processAge - jvmAge < 5_000, "process " + processAge + " ms old, its JVM " + jvmAge + " ms");
    }
}
