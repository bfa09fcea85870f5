package cabletag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainJarLaunchTest {

    @Test
    void propertiesAndMemorySizesBeforeTheJarArePassedOn() {
        assertThat(PlainJarLaunch.of(List.of("-Dcabletag.startupTrace=true", "-Xmx2g", "-Xms64m", "-Xss2m", "-jar",
                "cabletag.jar", "seeds"), Map.of()))
                .contains(new PlainJarLaunch(List.of("-Dcabletag.startupTrace=true", "-Xmx2g", "-Xms64m", "-Xss2m")));
        assertThat(PlainJarLaunch.of(List.of("-jar", "cabletag.jar"), Map.of())).contains(new PlainJarLaunch(List.of()));
        assertThat(PlainJarLaunch.of(List.of("-jar", "cabletag.jar", "-XX:+UseSerialGC"), Map.of()))
                .as("after the jar, an argument of the app (here: a file name)")
                .contains(new PlainJarLaunch(List.of()));
    }

    @Test
    void anyOtherOptionMeansTheJvmIsSteeredAndTheStartIsLeftAlone() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:agent.jar",
                "-XX:SharedArchiveFile=cabletag.jsa", "-XX:ArchiveClassesAtExit=x.jsa", "-Xshare:off", "-Xlog:gc",
                "-XX:StartFlightRecording", "--add-opens=java.base/java.lang=ALL-UNNAMED", "@options", "-Xmixed",
                "-ea")) {
            assertThat(PlainJarLaunch.of(List.of("-Dx=1", option, "-jar", "cabletag.jar"), Map.of())).as(option).isEmpty();
        }
    }

    @Test
    void aStartWithoutAJarOrWithOptionsFromTheEnvironmentIsLeftAlone() {
        assertThat(PlainJarLaunch.of(List.of("-cp", "cabletag.jar", "cabletag.Main", "seeds"), Map.of())).isEmpty();
        assertThat(PlainJarLaunch.of(List.of(), Map.of())).as("no command line known (Windows)").isEmpty();
        assertThat(PlainJarLaunch.of(List.of("-jar", "cabletag.jar"), Map.of("JAVA_HOME", "/jdk", "PATH", "/bin")))
                .as("other variables").isPresent();
        for (String variable : PlainJarLaunch.OPTION_VARIABLES) {
            assertThat(PlainJarLaunch.of(List.of("-jar", "cabletag.jar"), Map.of(variable, "-Xmx1g"))).as(variable).isEmpty();
            assertThat(PlainJarLaunch.of(List.of("-jar", "cabletag.jar"), Map.of(variable, " ")))
                    .as(variable + ", set but blank: the JVM still says it picked it up").isEmpty();
            assertThat(PlainJarLaunch.of(List.of("-jar", "cabletag.jar"), Map.of(variable, ""))).as(variable).isEmpty();
        }
    }
}
