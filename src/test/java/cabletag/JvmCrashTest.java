package cabletag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmCrashTest {

    @Test
    void aJvmThatAbortedOrFaultedCrashed() {
        // 134: the fatal-error handler's abort(), as with a truncated archive; 135, 139: a fault it did not catch
        for (int exitCode : new int[] {134, 135, 139, 132, 136}) {
            assertThat(JvmCrash.endedWith(exitCode)).as("exit " + exitCode).isTrue();
        }
    }

    @Test
    void aJvmThatExitedOrWasEndedOnPurposeDidNot() {
        // 129 hang-up, 130 Ctrl+C, 137 kill -9 or the OOM killer, 143 kill (and the launcher's own forwarding)
        for (int exitCode : new int[] {0, 1, 2, 3, 127, 128, 129, 130, 137, 143, 255, -1}) {
            assertThat(JvmCrash.endedWith(exitCode)).as("exit " + exitCode).isFalse();
        }
    }
}
