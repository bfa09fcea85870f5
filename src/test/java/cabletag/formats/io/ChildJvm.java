package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test class path, for the tests that kill a process mid-write: start it, wait for
 * the line it prints at the moment to strike, and kill it with SIGKILL (no shutdown hooks, no clean-up).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code java -cp <test class path> <jvmOptions> <main> <args>}, standard error merged into standard output. */
    public static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    /** Reads the child's output up to the first line starting with {@code prefix}; fails with all it printed if it ends first. */
    public static String readLineStartingWith(BufferedReader output, String prefix) throws IOException {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child process ended without printing '" + prefix + "':\n" + seen);
    }

    /** Kills the child with SIGKILL and checks it died of it rather than exiting. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(137); // 128 + SIGKILL: killed, not exited
    }
}
