package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C or SIGTERM during an export is a cancel: the export stops, deletes its staging folder, the old output
 * stays byte for byte, and the process ends with the code of a program killed by that signal. Each case runs
 * {@code cabletag export} in a JVM of its own, waits until its staging folder is there (the export is then
 * writing) and sends the signal. {@code kill -9} leaves what it always left, which the next export removes.
 */
class ExportStoppedBySignalTest extends WithTemporaryStore {

    /** Enough cables that the export is still writing when the signal lands: several seconds here. */
    private static final int CABLES = 3000;
    private static final String STAGING = ".cabletag-staging-";

    private Path corpus;
    /** A few cables, for the earlier output the interrupted export would replace. */
    private Path small;
    private Path out;

    @BeforeEach
    void corpusAndAnEarlierExport() throws IOException {
        byte[] tagged = Files.readAllBytes(Path.of("seeds", "004_139b5bbd77eb63a8.txt"));
        corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < CABLES; i++) {
            Path folder = Files.createDirectories(corpus.resolve(String.format("f%02d", i / 200)));
            byte[] head = ("Cable " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[head.length + tagged.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(tagged, 0, body, head.length, tagged.length);
            Files.write(folder.resolve(String.format("c%05d.txt", i)), body);
        }
        small = Files.createDirectories(dir.resolve("small"));
        Files.copy(corpus.resolve("f00/c00000.txt"), small.resolve("a.txt"));
        Files.copy(corpus.resolve("f00/c00001.txt"), small.resolve("b.txt"));
        out = Files.createDirectories(dir.resolve("out"));
    }

    /**
     * The line names every output the export would have written, as the set it is: a split's three files (and hf's
     * label list beside them), not the {@code --output} it made their names from, which it never writes.
     */
    @ParameterizedTest(name = "{0} {1} {3}")
    @CsvSource({"TERM, jsonl, out.jsonl, '', out.jsonl", "INT, jsonl, out.jsonl, '', out.jsonl",
            "TERM, jsonl, out.jsonl, 80/10/10, out.train.jsonl out.dev.jsonl out.test.jsonl",
            "INT, hf, out.jsonl, 80/10/10, out.train.jsonl out.dev.jsonl out.test.jsonl out.labels.json",
            "TERM, brat, brat, '', brat", "INT, inline, inline, 80/10/10, inline"})
    void aSignalCancelsTheExportWhichDeletesItsStagingAndKeepsTheOldOutput(String signal, String format, String name,
                                                                           String split, String written) throws Exception {
        List<String> args = exportArgs(format, name, split, corpus);
        Result earlier = CliTest.run(exportArgs(format, name, split, small).toArray(String[]::new));
        assertThat(earlier.code()).as(earlier.err()).isEqualTo(Cli.OK);
        Map<String, String> before = contents(out);

        Process child = startExport(args);
        awaitStaging(child);
        signal(child, signal);

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(child.exitValue()).as(err).isEqualTo(signal.equals("INT") ? 130 : 143); // 128 + the signal, as before
        assertThat(contents(out)).as("the old output, byte for byte, and nothing beside it").isEqualTo(before);
        List<String> names = Stream.of(written.split(" ")).map(file -> out.resolve(file).toString()).toList();
        String set = names.size() == 1 ? names.get(0) + " is as it was"
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1) + " are as they were";
        assertThat(err).contains("cabletag export: interrupted; nothing was written: " + set + "\n");
    }

    @Test
    void sigkillStillLeavesTheStagingWhichTheNextExportRemoves() throws Exception {
        List<String> args = exportArgs("jsonl", "out.jsonl", "", corpus);
        assertThat(CliTest.run(exportArgs("jsonl", "out.jsonl", "", small).toArray(String[]::new)).code()).isEqualTo(Cli.OK);
        Map<String, String> before = contents(out);

        Process child = startExport(args);
        awaitStaging(child);
        cabletag.formats.io.ChildJvm.kill(child);

        List<Path> left = stagingFolders();
        assertThat(left).as("no clean-up is possible under kill -9").hasSize(1);
        Map<String, String> after = contents(out);
        after.keySet().removeIf(name -> name.startsWith(STAGING));
        assertThat(after).as("the old output, byte for byte").isEqualTo(before);
        Result next = CliTest.run(exportArgs("jsonl", "out.jsonl", "", small).toArray(String[]::new));
        assertThat(next.code()).as(next.err()).isEqualTo(Cli.OK);
        assertThat(next.err()).contains("note: removed " + left.get(0) + ", the staging folder an interrupted export left behind (its new output, unfinished, or the old one it had set aside)");
        assertThat(contents(out)).as("the same small export again: the same bytes, nothing left beside them").isEqualTo(before);
    }

    private List<String> exportArgs(String format, String name, String split, Path input) {
        List<String> args = new ArrayList<>(List.of("export", "-q", "--no-corrections", "-f", format, "-o", out.resolve(name).toString()));
        if (!split.isEmpty()) {
            args.addAll(List.of("--split", split));
        }
        args.add(input.toString());
        return args;
    }

    /** Every file and folder under the folder (the export's lock file included), a file with a digest of its bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String key = folder.relativize(path).toString();
                files.put(key, Files.isRegularFile(path) ? digest(Files.readAllBytes(path)) : "folder");
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code cabletag export} in a JVM of its own; its output goes to files beside the output folder. */
    private Process startExport(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cabletag.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile());
        builder.environment().put("CABLETAG_HOME", dir.resolve("child-home").toString());
        return builder.start();
    }

    /** Polls the output folder until the export's staging folder holds written bytes (it is writing), a minute at most. */
    private void awaitStaging(Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (stagedBytes() == 0) {
            assertThat(child.isAlive()).as("the export ended before its staging folder was seen: %s",
                    Files.readString(dir.resolve("child.err"))).isTrue();
            assertThat(System.nanoTime()).as("nothing staged within a minute").isLessThan(deadline);
            child.waitFor(10, TimeUnit.MILLISECONDS);
        }
        assertThat(child.isAlive()).as("the export must still be writing when the signal lands").isTrue();
    }

    /** How many bytes the staging folders hold; a file may go as it is counted (the export committing). */
    private long stagedBytes() throws IOException {
        long bytes = 0;
        for (Path staging : stagingFolders()) {
            try (Stream<Path> walk = Files.walk(staging)) {
                for (Path path : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(path)) {
                        bytes += path.toFile().length(); // 0 for a file gone meanwhile
                    }
                }
            } catch (IOException | java.io.UncheckedIOException gone) {
                return 0; // the staging folder went while walked: look again
            }
        }
        return bytes;
    }

    private List<Path> stagingFolders() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.filter(path -> path.getFileName().toString().startsWith(STAGING)).toList();
        }
    }

    private static void signal(Process child, String signal) throws IOException, InterruptedException {
        if (signal.equals("TERM")) {
            child.destroy(); // SIGTERM on Unix
        } else {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
        }
    }
}
