package cabletag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStartFailureTest {

    @Test
    void theLineNamesTheDeepestReasonAndWhatStillWorks() {
        RuntimeException noDisplay = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(WindowStartFailure.line(noDisplay)).isEqualTo("cabletag: the window could not open: Unable to open"
                + " DISPLAY (no display: set DISPLAY, or run a command, which needs none: cabletag --help)");
        assertThat(WindowStartFailure.line(new IllegalStateException("no suitable pipeline found\n\tmore")))
                .isEqualTo("cabletag: the window could not open: no suitable pipeline found"
                        + " (the commands need no window: cabletag --help)");
        assertThat(WindowStartFailure.line(new NullPointerException()))
                .startsWith("cabletag: the window could not open: NullPointerException (");
    }

    @Test
    void withoutADisplayTheWindowStartSaysSoInOneLineAndExits1(@TempDir Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "seeds");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("CABLETAG_HOME", home.toString());
        builder.redirectErrorStream(true);
        Process window = builder.start();
        window.getOutputStream().close();
        String output = new String(window.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(window.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(window.exitValue()).as(output).isEqualTo(1);
        List<String> lines = output.lines().toList();
        assertThat(lines).as(output).filteredOn(line -> line.startsWith("cabletag: the window could not open: "))
                .hasSize(1);
        assertThat(lines).as(output).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Exception in thread"));
    }
}
