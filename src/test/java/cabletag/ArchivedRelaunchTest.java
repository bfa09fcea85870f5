package cabletag;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.io.ChildJvm;
import cabletag.ui.StartupTrace;
import cabletag.workspace.StoreLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relaunch of ADR 0011 with real JVMs: a jar holding the launcher's classes and {@link RelaunchProbe},
 * started as a user starts cabletag.jar ({@code java -jar}), with its own cabletag home.
 */
class ArchivedRelaunchTest {

    private static final long PROCESS_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;
    private Path jar;
    private Path home;

    @BeforeEach
    void buildTheJar() throws IOException, ClassNotFoundException {
        jar = dir.resolve("probe.jar");
        home = dir.resolve("home");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RelaunchProbe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // the launcher's classes and what they use; the trace's process clock is not public
            for (Class<?> type : List.of(RelaunchProbe.class, ArchivedRelaunch.class, PlainJarLaunch.class,
                    ClassDataArchiveSlot.class, ArchiveSeal.class, CrashReports.class, JvmCrash.class, StoreLocation.class, StartupTrace.class,
                    Class.forName("cabletag.ui.ProcessStart"))) {
                Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath());
                String prefix = type.getName().replace('.', '/');
                Path folder = classes.resolve(prefix).getParent();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().startsWith(
                            type.getSimpleName() + ".") || f.getFileName().toString().startsWith(type.getSimpleName() + "$"))
                            .toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(file));
                        out.closeEntry();
                    }
                }
            }
        }
    }

    @Test
    void aPlainJarStartMakesItsArchiveWhenTheWindowEndsWellAndMapsItFromThenOn() throws Exception {
        Run first = run(List.of("-Dsome.setting=1", "-Xmx256m"), Map.of(), "0");
        assertThat(first.exitCode).isZero();
        assertThat(first.windowSide()).as("the window runs in a second JVM that dumps its classes at the end")
                .contains("parent=" + first.pid)
                .contains("-Dsome.setting=1 -Xmx256m ")
                .contains("-XX:ArchiveClassesAtExit=" + cds().resolve("cabletag-dump-" + first.pid + ".tmp"))
                .contains("-XX:ErrorFile=" + cds().resolve("hs_err_pid%p.log"))
                .contains("-D" + ArchivedRelaunch.RELAUNCHED_PROPERTY + "=true -jar " + jar.toRealPath() + " 0");
        List<Path> made = cdsFiles();
        assertThat(made).hasSize(2);
        Path archive = made.get(0);
        assertThat(made.get(1)).as("its seal").hasFileName(archive.getFileName() + ".crc");
        assertThat(archive.getFileName().toString()).startsWith("cabletag-").endsWith(".jsa");
        assertThat(Files.size(archive)).as("a class-data archive, dumped by the JVM").isGreaterThan(4096);

        Run second = run(List.of(), Map.of(), "0");
        assertThat(second.exitCode).isZero();
        assertThat(second.windowSide()).contains("parent=" + second.pid)
                .contains("-XX:SharedArchiveFile=" + archive + " ")
                .doesNotContain("ArchiveClassesAtExit");
        assertThat(cdsFiles()).containsExactly(archive, made.get(1));
    }

    @Test
    void theWindowsExitCodeIsTheLaunchersAndAWindowThatFailedLeavesNoArchive() throws Exception {
        Run failed = run(List.of(), Map.of(), "3");

        assertThat(failed.exitCode).isEqualTo(3);
        assertThat(failed.windowSide()).contains("parent=" + failed.pid).contains("-XX:ArchiveClassesAtExit=");
        assertThat(cdsFiles()).as("neither an archive nor its dump").isEmpty();
    }

    @Test
    void aStartThatSteersTheJvmRunsAsAskedInItsOwnProcess() throws Exception {
        for (Run start : List.of(
                run(List.of("-XX:+UseSerialGC"), Map.of(), "4"),
                run(List.of("-D" + ArchivedRelaunch.SWITCH_PROPERTY + "=false"), Map.of(), "4"),
                run(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Dsome.setting=2"), "4"))) {
            assertThat(start.exitCode).isEqualTo(4);
            assertThat(start.windowSide()).contains("pid=" + start.pid + " ").doesNotContain("cabletag.relaunched");
        }
        assertThat(home.resolve("cache")).doesNotExist();
    }

    @Test
    void aKilledLauncherTakesItsWindowWithItAndLeavesNoHalfMadeArchive() throws Exception {
        Process launcher = start(List.of(), Map.of(), "wait");
        BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        String windowSide = ChildJvm.readLineStartingWith(output, RelaunchProbe.LINE);
        long windowPid = Long.parseLong(windowSide.replaceAll(".*pid=(\\d+) .*", "$1"));
        assertThat(windowPid).isNotEqualTo(launcher.pid());

        launcher.destroy(); // SIGTERM, as `kill` or a closed terminal sends it
        assertThat(launcher.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        ProcessHandle.of(windowPid).ifPresent(window -> assertThat(window.onExit())
                .as("the window's JVM ends with its launcher").succeedsWithin(Duration.ofSeconds(PROCESS_TIMEOUT_SECONDS)));
        assertThat(cdsFiles()).as("the dump of a window that was killed").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cut short", "garbage", "bytes changed inside"})
    void aDamagedArchiveIsRemovedBeforeAnyJvmMapsItAndTheStartGoesOnMakingANewOne(String damage) throws Exception {
        assertThat(run(List.of(), Map.of(), "0").exitCode).isZero();
        Path archive = archive();
        byte[] whole = Files.readAllBytes(archive);
        byte[] damaged = switch (damage) {
            // what a power loss can leave of an archive renamed before its data reached the disk
            case "cut short" -> Arrays.copyOf(whole, whole.length / 2);
            case "garbage" -> new byte[whole.length];
            default -> {
                byte[] changed = whole.clone();
                Arrays.fill(changed, whole.length / 3, whole.length / 2, (byte) 0x5a);
                yield changed;
            }
        };
        Files.delete(archive); // read-only, as the JVM writes it
        Files.write(archive, damaged);

        Run start = run(List.of(), Map.of(), "0");

        assertThat(start.exitCode).as("the start goes on:\n" + start.output).isZero();
        assertThat(start.output).doesNotContain("fatal error");
        assertThat(start.output.lines().filter(line -> line.startsWith("cabletag:")).toList()).singleElement()
                .asString().startsWith("cabletag: the class-data archive " + archive + " was damaged (")
                .endsWith("); it was removed, and this start runs without it (a new one is made as on a first start)");
        assertThat(start.windowSide()).contains("parent=" + start.pid).contains("-XX:ArchiveClassesAtExit=");
        assertThat(Files.readAllBytes(archive)).as("made again by that start").isNotEqualTo(damaged);
        Run after = run(List.of(), Map.of(), "0");
        assertThat(after.exitCode).isZero();
        assertThat(after.output).doesNotContain("cabletag:");
        assertThat(after.windowSide()).contains("-XX:SharedArchiveFile=" + archive + " ");
    }

    @Test
    void aWindowWhoseJvmCrashesOnItsArchiveLosesItAndTheNextStartMakesANewOne() throws Exception {
        assertThat(run(List.of(), Map.of(), "0").exitCode).isZero();
        Path archive = archive();
        byte[] whole = Files.readAllBytes(archive);
        Files.delete(archive); // read-only, as the JVM writes it
        // An archive cut short but sealed as it is: the check passes and the JVM crashes on it, as it may on
        // any archive for reasons no check foresees. The crash still costs the archive, not every start.
        Files.write(archive, Arrays.copyOf(whole, whole.length / 2));
        ArchiveSeal.of(archive).writeTo(archive.resolveSibling(archive.getFileName() + ".crc"));

        Run crashed = run(List.of(), Map.of(), "0");

        assertThat(crashed.exitCode).as("the JVM's abort() after its crash report, kept:\n" + crashed.output)
                .isEqualTo(134);
        assertThat(crashed.output.lines().filter(line -> line.startsWith("cabletag:")).toList()).singleElement()
                .asString().startsWith("cabletag: the window's JVM crashed (exit 134) while using its class-data archive;"
                        + " the archive was removed and will be made again at the next start")
                .contains(cds().resolve("hs_err_pid").toString());
        assertThat(archive).doesNotExist();
        assertThat(cdsFiles()).as("the crash report, beside the archives (the archive's seal gone with it)").singleElement()
                .satisfies(report -> assertThat(report.getFileName().toString()).matches("hs_err_pid\\d+\\.log"));
        try (Stream<Path> workingFolder = Files.list(dir)) {
            assertThat(workingFolder.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }

        Run next = run(List.of(), Map.of(), "0");
        assertThat(next.exitCode).isZero();
        assertThat(next.windowSide()).contains("parent=" + next.pid).contains("-XX:ArchiveClassesAtExit=");
        assertThat(archive).exists();
        Run after = run(List.of(), Map.of(), "0");
        assertThat(after.exitCode).isZero();
        assertThat(after.windowSide()).contains("-XX:SharedArchiveFile=" + archive + " ");
    }

    @Test
    void aStartWithTheArchiveDeletesTheDumpOfALauncherKilledOutright() throws Exception {
        assertThat(run(List.of(), Map.of(), "0").exitCode).isZero();
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        assertThat(ended.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        Path orphan = Files.writeString(cds().resolve("cabletag-dump-" + ended.pid() + ".tmp"), "half");

        Run second = run(List.of(), Map.of(), "0");

        assertThat(second.windowSide()).contains("-XX:SharedArchiveFile=");
        assertThat(orphan).doesNotExist();
    }

    @Test
    void everyRelaunchedStartKeepsOnlyTheNewestCrashReports() throws Exception {
        Files.createDirectories(cds());
        List<Path> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path report = Files.writeString(cds().resolve("hs_err_pid" + (100 + i) + ".log"), "# A fatal error");
            Files.setLastModifiedTime(report, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
            reports.add(report);
        }

        Run start = run(List.of(), Map.of(), "0");

        assertThat(start.windowSide()).contains("parent=" + start.pid);
        assertThat(cdsFiles().stream().filter(file -> file.getFileName().toString().startsWith("hs_err")))
                .containsExactly(reports.get(2), reports.get(3), reports.get(4));
    }

    @Test
    void aJarAtAPathJava17ArchivesNoClassesOfRunsInOneJvm() throws Exception {
        jar = Files.move(jar, Files.createDirectories(dir.resolve("sp ace")).resolve("probe.jar"));

        Run start = run(List.of("-D" + "cabletag.startupTrace=true"), Map.of(), "0");

        assertThat(start.exitCode).isZero();
        assertThat(start.windowSide()).contains("pid=" + start.pid + " ").doesNotContain("cabletag.relaunched");
        assertThat(start.output).contains("not relaunched: Java 17 archives no classes of a jar at " + jar.toRealPath());
        assertThat(home.resolve("cache")).doesNotExist();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenRunsTheWindowInOneJvmWithoutTheJvmsDumpError() throws Exception {
        Path cds = Files.createDirectories(cds());
        Files.setPosixFilePermissions(cds, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(cds), "running as root: every folder is writable");

            Run start = run(List.of(), Map.of(), "0");

            assertThat(start.exitCode).isZero();
            assertThat(start.windowSide()).contains("pid=" + start.pid + " ");
            assertThat(start.output).doesNotContain("shared archive");
        } finally {
            Files.setPosixFilePermissions(cds, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private Path cds() {
        return home.resolve("cache").resolve("cds");
    }

    /** The one archive in the cache (beside it its seal, and perhaps crash reports). */
    private Path archive() throws IOException {
        List<Path> archives = cdsFiles().stream().filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
        assertThat(archives).hasSize(1);
        return archives.get(0);
    }

    private List<Path> cdsFiles() throws IOException {
        if (!Files.isDirectory(cds())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds())) {
            return files.sorted().toList();
        }
    }

    private record Run(long pid, int exitCode, String output) {
        String windowSide() {
            return output.lines().filter(line -> line.startsWith(RelaunchProbe.LINE)).findFirst()
                    .orElseThrow(() -> new AssertionError("no window side in:\n" + output));
        }
    }

    private Run run(List<String> options, Map<String, String> environment, String exitCode) throws Exception {
        Process process = start(options, environment, exitCode);
        try (OutputStream ignored = process.getOutputStream()) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            return new Run(process.pid(), process.exitValue(), output);
        }
    }

    private Process start(List<String> options, Map<String, String> environment, String argument) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        command.add(argument);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        for (String variable : PlainJarLaunch.OPTION_VARIABLES) {
            builder.environment().remove(variable);
        }
        builder.environment().put(StoreLocation.ENVIRONMENT_VARIABLE, home.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
