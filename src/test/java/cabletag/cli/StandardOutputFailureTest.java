package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write to standard output that fails (a full disk, a closed pipe) ends the command with exit 1 and one
 * line naming standard output and the reason, never a summary claiming success; the commands that print as
 * they read stop reading soon after.
 */
class StandardOutputFailureTest extends WithTemporaryStore {

    private static final String FULL = "No space left on device";
    private static final int CABLES = 400;

    private Path seeds;
    private Duration[] progressTiming;

    /** Takes {@code limit} bytes, then throws on every write, counting the writes tried after the first failure. */
    static final class FailingStream extends OutputStream {
        private final int limit;
        private final String reason;
        private int written;
        private boolean failed;
        int writesAfterFailure;

        FailingStream(int limit, String reason) {
            this.limit = limit;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (failed) {
                writesAfterFailure++;
                throw new IOException(reason);
            }
            if (written + length > limit) {
                failed = true;
                throw new IOException(reason);
            }
            written += length;
        }
    }

    record Result(int code, String err) {
        List<String> lines() {
            return err.lines().toList();
        }
    }

    static Result run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(StandardOutput.over(stdout, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void seeds() {
        seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        progressTiming = CommandSupport.ProgressLine.timing(Duration.ZERO, Duration.ZERO); // a line for every cable
    }

    @AfterEach
    void restoreProgress() {
        CommandSupport.ProgressLine.timing(progressTiming[0], progressTiming[1]);
    }

    /** Counts the writes that reach it, keeping the bytes. */
    static final class CountingStream extends ByteArrayOutputStream {
        int writes;
        int lastLength;

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            writes++;
            lastLength = length;
            super.write(bytes, offset, length);
        }

        @Override
        public synchronized void write(int b) {
            writes++;
            lastLength = 1;
            super.write(b);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "stats --json", "check --consistency --json"})
    void intoAPipeAShortResultGoesInOneWriteWithTheSameBytes(String command) {
        // Line by line, "stats | grep -q cables" met a closed pipe after grep's match: exit 1 under pipefail.
        // The JSON results were flushed before their last line break: two writes, the same failure.
        String[] args = Stream.concat(Stream.of(command.split(" ")), Stream.of(seeds.toString())).toArray(String[]::new);
        CountingStream buffered = new CountingStream();
        int code = Cli.run(StandardOutput.buffered(buffered, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args);
        // a block at a time: a result under a block in one write, a longer one (the consistency JSON of the seeds
        // names each place's file as given, so its length follows the folder's path) in one write a block
        int blocks = (buffered.size() + (1 << 16) - 1) >> 16;
        assertThat(buffered.writes).as("%d bytes", buffered.size()).isEqualTo(Math.max(1, blocks));
        CountingStream perLine = new CountingStream();
        assertThat(run(perLine, args).code()).isEqualTo(code);
        if (!command.contains("--json")) {
            assertThat(perLine.writes).as("a terminal gets each line as it is printed").isGreaterThan(1);
        }
        assertThat(buffered.toByteArray()).isEqualTo(perLine.toByteArray());
    }

    @Test
    void aJsonListPrintedAsItIsReadEndsWithItsLineBreakInItsLastWrite() {
        // suggest --json is written cable by cable (a closed pipe stops the reading); its end and line break
        // came in two writes, the last one byte
        CountingStream pipe = new CountingStream();
        int code = Cli.run(StandardOutput.buffered(pipe, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "suggest", "--json", seeds.toString());
        assertThat(code).isZero();
        assertThat(pipe.toString(StandardCharsets.UTF_8)).endsWith("]\n}" + System.lineSeparator());
        assertThat(pipe.lastLength).as("the last write").isGreaterThan(System.lineSeparator().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "conll"})
    void anExportIntoAPipeIsWrittenInBlocksNotCableByCableWithTheBytesOfAFile(String format) throws IOException {
        Path corpus = corpus();
        CountingStream pipe = new CountingStream();
        int code = Cli.run(StandardOutput.buffered(pipe, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "export", "-q", "-f", format, "-o", "-",
                corpus.toString());
        Path file = dir.resolve("out." + format);
        Result toFile = run(new ByteArrayOutputStream(), "export", "-q", "-f", format, "-o", file.toString(), corpus.toString());

        assertThat(code).isZero();
        assertThat(toFile.code()).isZero();
        assertThat(pipe.toByteArray()).isEqualTo(Files.readAllBytes(file));
        // 400 cables of about 16 KB: blocks of up to 64 KB, each one write, not a write (a flush) per cable
        assertThat(pipe.writes).as("%d bytes in %d writes", pipe.size(), pipe.writes)
                .isLessThanOrEqualTo(pipe.size() / (32 * 1024) + 1).isLessThan(CABLES);
    }

    /** {@link #CABLES} cables: the seeds again and again, in folders of their own. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> seedFiles;
        try (Stream<Path> files = Files.list(seeds)) {
            seedFiles = files.sorted().toList();
        }
        for (int i = 0; i < CABLES / seedFiles.size(); i++) {
            Path folder = Files.createDirectories(corpus.resolve(String.format("f%03d", i)));
            for (Path seed : seedFiles) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        return corpus;
    }

    /** The number of cables the last progress line says were read, 0 without one. */
    private static long cablesRead(String err) {
        Matcher matcher = Pattern.compile("^\\.\\.\\. (\\d+) cables read", Pattern.MULTILINE).matcher(err);
        long last = 0;
        while (matcher.find()) {
            last = Long.parseLong(matcher.group(1));
        }
        return last;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "conll", "hf", "doccano"})
    void anExportToAFullStandardOutputStopsWithExitOneAndNoSummary(String format) throws IOException {
        FailingStream stdout = new FailingStream(1000, FULL);
        Result result = run(stdout, "export", "-f", format, "-o", "-", corpus().toString());

        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        List<String> said = result.lines().stream().filter(line -> !line.startsWith("... ")).toList();
        assertThat(said).containsExactly("cabletag export: cannot write to standard output: " + FULL);
        assertThat(result.err()).doesNotContain("cables,").doesNotContain("labels:").doesNotContain("\tat ");
        // the writes stop at the first failure (a 64 KB buffer holds a few cables), and so does the reading
        assertThat(cablesRead(result.err())).isPositive().isLessThan(40);
        assertThat(stdout.writesAfterFailure).isLessThanOrEqualTo(2);
    }

    @Test
    void anExportIntoAClosedPipeSaysSo() throws IOException {
        Result result = run(new FailingStream(0, "Broken pipe"), "export", "-q", "-f", "jsonl", "-o", "-", corpus().toString());

        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.lines()).containsExactly("cabletag export: standard output was closed (broken pipe)");
    }

    @Test
    void checkStopsReadingWhenItsLinesCannotBeWritten() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("warned"));
        for (int i = 0; i < CABLES; i++) {
            // tag-like text the parser keeps as text: one warning a cable
            Files.writeString(corpus.resolve(String.format("c%03d.txt", i)), "met [per Rubaie  ] in Baghdad\n");
        }
        FailingStream stdout = new FailingStream(200, FULL);
        Result result = run(stdout, "check", corpus.toString());

        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.lines()).containsExactly("cabletag check: cannot write to standard output: " + FULL);
        // the failing line's own flushes and the check's; a PrintStream would go on trying the lines of every cable
        assertThat(stdout.writesAfterFailure).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "stats --json", "report --no-suggestion-quality", "report --json --no-suggestion-quality",
            "check --consistency", "suggest --source gazetteer", "suggest --json --source gazetteer"})
    void aCommandThatPrintsAtTheEndEndsWithExitOneWhenItCannotPrint(String command) {
        String[] words = command.split(" ");
        String[] args = Stream.concat(Stream.of(words), Stream.of(seeds.toString())).toArray(String[]::new);
        Result result = run(new FailingStream(0, FULL), args);

        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.lines().stream().filter(line -> line.contains("standard output")))
                .containsExactly("cabletag " + words[0] + ": cannot write to standard output: " + FULL);
    }

    @Test
    void helpAndVersionThatCannotBePrintedAreNoSuccess() {
        for (String option : List.of("--help", "--version")) {
            Result result = run(new FailingStream(0, FULL), option);
            assertThat(result.code()).as(option).isEqualTo(Cli.PROBLEMS);
            assertThat(result.lines()).containsExactly("cabletag: cannot write to standard output: " + FULL);
        }
        Result result = run(new FailingStream(0, FULL), "export", "--help");
        assertThat(result.lines()).containsExactly("cabletag export: cannot write to standard output: " + FULL);
    }

    @Test
    void anExportToAFileWhoseSummaryCannotBePrintedSaysSo() throws IOException {
        Path output = dir.resolve("out.conll");
        Result result = run(new FailingStream(0, FULL), "export", "-f", "conll", "-o", output.toString(), seeds.toString());

        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.lines().stream().filter(line -> !line.startsWith("... ")))
                .containsExactly("cabletag export: cannot write to standard output: " + FULL + "; the export itself was written: "
                        + output + " holds its new output");
        assertThat(output).isNotEmptyFile(); // the data is written; only the summary is lost, and that is said
    }

    @Test
    void standardOutputCarriesTheSameBytesAsAnyPrintStreamWhenNothingFails() throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        Result result = run(ours, "export", "-q", "-f", "conll", "-o", "-", seeds.toString());
        assertThat(result.code()).isZero();
        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(CliTest.run("export", "-q", "-f", "conll", "-o", "-", seeds.toString()).out());
    }

    @Test
    void aFullDiskIsAFailedWriteNotBadUse() {
        RuntimeException full = ExportCommand.writeFailure("out.jsonl", new IOException(FULL));
        assertThat(full).isInstanceOf(OutputFailedException.class).hasMessage("cannot write out.jsonl: " + FULL);
        RuntimeException nio = ExportCommand.writeFailure("out.jsonl",
                new java.nio.file.FileSystemException("/x/.cabletag-staging-1/new/out.jsonl", null, FULL));
        assertThat(nio).isInstanceOf(OutputFailedException.class).hasMessageStartingWith("cannot write out.jsonl: " + FULL);
        RuntimeException refused = ExportCommand.writeFailure("notes",
                new cabletag.formats.io.OutputRefusedException("notes is a folder that is not empty"));
        assertThat(refused).isInstanceOf(UsageException.class);
    }

    @Test
    void anExportToAFileThatFailsToWriteIsExitOneAndKeepsTheOldFile() throws IOException {
        // a damaged journal of an earlier export in the target's folder: a write that cannot go ahead, in process
        Path output = Files.writeString(dir.resolve("out.jsonl"), "old\n");
        Files.writeString(dir.resolve(".cabletag-export.journal"), "something else\n"); // OutputSet.JOURNAL
        CliTest.Result result = CliTest.run("export", "-f", "jsonl", "-o", output.toString(), seeds.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("cabletag export: cannot write " + output + ": ").contains("not an export journal");
        assertThat(result.out()).isEmpty(); // no summary
        assertThat(Files.readString(output)).isEqualTo("old\n");
    }
}
