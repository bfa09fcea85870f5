package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A misspelled command or an unknown option is bad use, never a window; a folder export never replaces the working
 * folder; running out of memory is one line, never a stack trace.
 */
class BadUseAndMemoryTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"exprot, export", "exoprt, export", "Export, export", "expor, export", "chek, check", "chekc, check",
            "stat, stats", "sats, stats", "hepl, help"})
    void aWordCloseToACommandIsAMisspelledCommand(String word, String meant) {
        assertThat(Cli.misspelledCommand(word)).contains(
                "cabletag: '" + word + "' is not a command; did you mean '" + meant + "'? (see cabletag --help)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "cables.txt", "corpus/", "x", "--exprot", "report-2008", "export", "check"})
    void otherWordsAndTheCommandsThemselvesAreNotMisspellings(String word) {
        assertThat(Cli.misspelledCommand(word)).isEmpty();
    }

    @Test
    void anExistingFileNamedLikeAMisspellingIsAFileToOpen() throws IOException {
        Path file = Files.writeString(dir.resolve("exprot"), "[PER Rubaie  ]");
        assertThat(Cli.misspelledCommand(file.toString())).isEmpty();
        assertThat(Cli.misspelledCommand(dir.resolve("stat").toString())).isEmpty(); // a path, not a word
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theLauncherRefusesAMisspelledCommandWithOneLineAndExitTwoAndNoWindow() throws Exception {
        Ran ran = launch(List.of("-Djava.awt.headless=true"), "exprot", "-f", "jsonl", "-o", "x.jsonl", "in");
        assertThat(ran.code()).as(ran.err()).isEqualTo(Cli.BAD_USE);
        assertThat(ran.err().lines()).containsExactly(
                "cabletag: 'exprot' is not a command; did you mean 'export'? (see cabletag --help)");
        assertThat(ran.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--bogus | cabletag: unknown option '--bogus' (see cabletag --help; the window takes only files and folders: a file of that name opens as ./--bogus)",
            "--verison | cabletag: unknown option '--verison'; did you mean '--version'? (see cabletag --help; the window takes only files and folders: a file of that name opens as ./--verison)",
            "-v | cabletag: unknown option '-v'; did you mean '--version'? (see cabletag --help; the window takes only files and folders: a file of that name opens as ./-v)",
            "--hepl | cabletag: unknown option '--hepl'; did you mean '--help'? (see cabletag --help; the window takes only files and folders: a file of that name opens as ./--hepl)",
            "-f | cabletag: '-f' is an option of export; give the command first: cabletag export -f ...; the window takes only files and folders: a file of that name opens as ./-f",
            "--json=x | cabletag: '--json' is an option of check, stats, report, suggest; give the command first: cabletag check --json=x ...; the window takes only files and folders: a file of that name opens as ./--json=x"})
    void anArgumentThatLooksLikeAnOptionAndIsNoneIsNamedWithANearMissOrItsCommand(String arg, String line) {
        assertThat(UnknownOption.line(arg)).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "./-x", "corpus/--odd.txt", "x-y"})
    void filesAndFoldersAreNoOptions(String arg) {
        assertThat(UnknownOption.line(arg)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--verison"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theLauncherRefusesAnUnknownOptionWithOneLineAndExitTwoAndNoWindow(String option) throws Exception {
        // headless: a window that tried to open would fail with exit 1 and its own line
        Ran ran = launch(List.of("-Djava.awt.headless=true"), option);
        assertThat(ran.code()).as(ran.err()).isEqualTo(Cli.BAD_USE);
        assertThat(ran.err().lines()).as(ran.err()).containsExactly(UnknownOption.line(option).orElseThrow());
        assertThat(ran.out()).isEmpty();
        Ran after = launch(List.of("-Djava.awt.headless=true"), "seeds", option, "export");
        assertThat(after.code()).as(after.err()).isEqualTo(Cli.BAD_USE);
    }

    /** picocli splits "," into no value at all: the option is given, and names no label. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--labels|,|--labels names no label", "--drop|,|--drop names no label",
            "--map|,|--map names no label", "--drop|''|--drop names no label"})
    void aLabelOptionWithNoLabelInItIsBadUse(String option, String value, String line) throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), "A [PER Ann  ] .\n");
        CliTest.run("export", "-q", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), option, value, input.toString())
                .assertBadUse(line);
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "../work"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFolderExportNeverReplacesTheWorkingFolder(String output) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path input = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("a.txt"), "A [PER Ann  ] .\n");
        Object before = Files.getAttribute(work, "unix:ino");
        for (String format : List.of("inline", "brat")) {
            Ran ran = launchIn(work, List.of("-Dcabletag.home=" + dir.resolve("home")),
                    "export", "-q", "-f", format, "-o", output, input.getParent().toString());
            assertThat(ran.code()).as(ran.err()).isEqualTo(Cli.BAD_USE);
            assertThat(ran.err().lines()).as(ran.err()).singleElement().asString().satisfiesAnyOf(
                    line -> assertThat(line).isEqualTo("cabletag export: " + ExportCommand.EMPTY_OUTPUT),
                    line -> assertThat(line).isEqualTo("cabletag export: cannot write " + output + ": " + work.toRealPath()
                            + " is the current folder; a folder export replaces its folder whole, which would leave the shell"
                            + " working in it in a deleted folder; choose a new folder inside or beside it"));
        }
        // the folder the shell is in is still that folder, not a swapped-in export
        assertThat(Files.getAttribute(work, "unix:ino")).isEqualTo(before);
        try (java.util.stream.Stream<Path> files = Files.list(work)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("stdout", "stderr");
        }
    }

    @Test
    void theOutOfMemoryLineSaysHowToGiveMore() {
        assertThat(OutOfMemory.line(32L << 20))
                .isEqualTo("cabletag: out of memory (the JVM may use at most 32 MB); give it more, e.g. "
                        + "java -Xmx2g -jar cabletag.jar ...");
        assertThat(OutOfMemory.line(4000L << 20)).contains("at most 4000 MB").contains("java -Xmx8g -jar cabletag.jar");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(OutOfMemory.report(new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(Cli.PROBLEMS);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void anOutOfMemoryErrorInAWorkerIsFoundAsTheCause() {
        RuntimeException wrapped = new RuntimeException(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space")));
        assertThat(OutOfMemory.isCause(wrapped)).isTrue();
        assertThat(OutOfMemory.isCause(new IllegalStateException("other"))).isFalse();
    }

    /** A real run out of memory: a 60 MB input read whole by a JVM given 32 MB. */
    @ParameterizedTest
    @ValueSource(strings = {"stats", "check", "export"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aCommandThatRunsOutOfMemoryEndsWithOneLineAndExitOne(String command) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(60L << 20); // sparse: generated at once, read whole since it is under 64 MB
        }
        List<String> args = command.equals("export")
                ? List.of("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), big.toString())
                : List.of(command, big.toString());
        Ran ran = launch(List.of("-Xmx32m", "-Dcabletag.home=" + dir.resolve("home")), args.toArray(String[]::new));
        assertThat(ran.code()).as(ran.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(ran.err().lines()).as(ran.err()).containsExactly(
                "cabletag: out of memory (the JVM may use at most " + ran.err().replaceAll("(?s).*at most (\\d+ MB).*", "$1")
                        + "); give it more, e.g. java -Xmx2g -jar cabletag.jar ...");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    record Ran(int code, String out, String err) { }

    private Ran launch(List<String> jvmOptions, String... args) throws Exception {
        return launchIn(dir, jvmOptions, args);
    }

    private Ran launchIn(Path workingFolder, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("cabletag.Main");
        command.addAll(List.of(args));
        Path out = workingFolder.resolve("stdout");
        Path err = workingFolder.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Ran(code, Files.readString(out), Files.readString(err));
    }
}
