package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @TempDir
    Path dir;

    private Path corpus;
    private Path tagged;

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        /** Bad use: exit 2 and exactly one line on standard error, no stack trace. */
        void assertBadUse(String expectedFragment) {
            assertThat(code).as(err).isEqualTo(Cli.BAD_USE);
            assertThat(err.lines()).as(err).hasSize(1);
            assertThat(err).contains(expectedFragment).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : (Iterable<Path>) files::iterator) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        tagged = corpus.resolve("004_139b5bbd77eb63a8.txt");
    }

    @Test
    void commandsAreRecognised() {
        assertThat(Cli.isCommand("export")).isTrue();
        assertThat(Cli.isCommand("check")).isTrue();
        assertThat(Cli.isCommand("stats")).isTrue();
        assertThat(Cli.isCommand("--help")).isTrue();
        assertThat(Cli.isCommand("seeds")).isFalse();
        assertThat(Cli.isCommand(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "check", "stats"})
    void everyCommandHasHelp(String command) {
        Result result = run(command, "--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: cabletag " + command).contains("INPUT");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Result result = run("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("export").contains("check").contains("stats");
    }

    @Test
    void exportWritesTheFileAndASummary() throws IOException {
        Path output = dir.resolve("out.jsonl");
        Result result = run("export", "--format", "jsonl", "--output", output.toString(), corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readAllLines(output)).hasSize(2);
        assertThat(result.out()).contains("2 cables").contains("PER: 42");
    }

    @Test
    void standardOutputCarriesNothingButData() throws IOException {
        Result result = run("export", "-f", "conll", "-o", "-", corpus.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("-DOCSTART- -X- -X- O\n");
        assertThat(result.out().lines().filter(l -> !l.isEmpty())).allSatisfy(l -> assertThat(l.split(" ")).hasSize(4));
        assertThat(result.err()).contains("2 cables"); // the summary goes to standard error
    }

    @Test
    void missingInputIsBadUse() {
        run("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), dir.resolve("nope").toString())
                .assertBadUse("nope: no such file or folder");
        run("check", dir.resolve("nope").toString()).assertBadUse("no such file or folder");
        run("stats", dir.resolve("nope").toString()).assertBadUse("no such file or folder");
    }

    @Test
    void unreadableInputIsBadUse() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
        run("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), secret.toString()).assertBadUse("not readable");
    }

    @Test
    void unknownFormatIsBadUse() {
        run("export", "-f", "xml", "-o", dir.resolve("o.xml").toString(), corpus.toString())
                .assertBadUse("unknown format 'xml' (use one of jsonl, conll, hf, brat, doccano, inline)");
    }

    @Test
    void unknownSchemeAndBadSplitAndBadLabelAreBadUse() {
        run("export", "-f", "conll", "--scheme", "iob9", "-o", dir.resolve("o").toString(), corpus.toString()).assertBadUse("unknown tag scheme");
        run("export", "-f", "conll", "--split", "80/20", "-o", dir.resolve("o").toString(), corpus.toString()).assertBadUse("three ratios");
        run("export", "-f", "conll", "--map", "PER", "-o", dir.resolve("o").toString(), corpus.toString()).assertBadUse("is not OLD=NEW");
        run("export", "-f", "conll", "--drop", "misc", "-o", dir.resolve("o").toString(), corpus.toString()).assertBadUse("'misc' is not a label name");
    }

    @Test
    void missingOptionIsBadUse() {
        run("export", "-f", "jsonl", corpus.toString()).assertBadUse("Missing required option: '--output=PATH'");
        run("export").assertBadUse("Missing required");
        run("frobnicate").assertBadUse("Unmatched argument");
    }

    @Test
    void outputThatCannotBeWrittenIsBadUse() throws IOException {
        run("export", "-f", "jsonl", "-o", dir.resolve("no/such/folder/o.jsonl").toString(), corpus.toString())
                .assertBadUse("does not exist");
        Path folder = Files.createDirectories(dir.resolve("afolder"));
        run("export", "-f", "jsonl", "-o", folder.toString(), corpus.toString()).assertBadUse("is a folder; jsonl writes a file");
        Path file = Files.writeString(dir.resolve("afile"), "x");
        run("export", "-f", "brat", "-o", file.toString(), corpus.toString()).assertBadUse("is a file; brat writes a folder");
        run("export", "-f", "jsonl", "-o", file.resolve("under-a-file.jsonl").toString(), corpus.toString()).assertBadUse("cannot write");
        run("export", "-f", "brat", "-o", "-", corpus.toString()).assertBadUse("brat writes a folder");
        run("export", "-f", "jsonl", "--split", "8/1/1", "-o", "-", corpus.toString()).assertBadUse("--split writes three outputs");
    }

    @Test
    void outputEqualToAnInputIsBadUseAndTheInputIsUntouched() throws IOException {
        byte[] before = Files.readAllBytes(tagged);
        run("export", "-f", "jsonl", "-o", tagged.toString(), tagged.toString()).assertBadUse("is the input");
        run("export", "-f", "inline", "-o", corpus.toString(), corpus.toString()).assertBadUse("is the input");
        run("export", "-f", "conll", "-o", dir.resolve("corpus/../corpus/004_139b5bbd77eb63a8.txt").toString(), corpus.toString(), tagged.toString())
                .assertBadUse("is the input");
        assertThat(Files.readAllBytes(tagged)).isEqualTo(before);
    }

    @Test
    void anExportThatWouldOverwriteAFileInsideAnInputFolderIsBadUse() throws IOException {
        byte[] before = Files.readAllBytes(tagged);
        run("export", "-f", "jsonl", "-o", tagged.toString(), corpus.toString()).assertBadUse("refusing to overwrite input");
        assertThat(Files.readAllBytes(tagged)).isEqualTo(before);
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void checkIsCleanOnTheSeedsAndReportsProblemsWithPlaces() throws IOException {
        Result clean = run("check", corpus.toString());
        assertThat(clean.code()).as(clean.out()).isZero();
        assertThat(clean.out()).isEmpty();

        Path broken = Files.writeString(dir.resolve("broken.jsonl"),
                "{\"text\": \"Rubaie\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"PER\"}]}\n{\"text\": oops}\n");
        Path badOffsets = Files.writeString(dir.resolve("offsets.jsonl"),
                "{\"text\": \"Rubaie\", \"spans\": [{\"start\": 0, \"end\": 60, \"label\": \"PER\"}]}\n");
        Result problems = run("check", broken.toString(), badOffsets.toString());
        assertThat(problems.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(problems.out().lines()).containsExactly(
                "broken.jsonl:2:10: error: not a JSON object with a \"text\" string: Unrecognized token 'oops': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "offsets.jsonl:1:1: warning: entity [0, 60) PER does not fit the text of 6 characters; entity dropped [bad-offsets]");
    }

    @Test
    void statsPrintsATableOrJson() throws IOException {
        Result table = run("stats", corpus.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).containsPattern("cables\\s+2").containsPattern("PER\\s+42");
        Result json = run("stats", "--json", corpus.toString());
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertThat(node.get("cables").asInt()).isEqualTo(2);
        assertThat(node.get("entitiesByLabel").get("LOC").asInt()).isEqualTo(39);
        assertThat(node.get("entities").asInt()).isEqualTo(146);
    }

    @Test
    void exportedDatasetsAreInputsToo() throws IOException {
        Path brat = dir.resolve("brat");
        assertThat(run("export", "-f", "brat", "-o", brat.toString(), corpus.toString()).code()).isZero();
        Result stats = run("stats", "--json", brat.toString());
        assertThat(new ObjectMapper().readTree(stats.out()).get("entities").asInt()).isEqualTo(146);
        Result check = run("check", brat.toString());
        assertThat(check.code()).as(check.out()).isZero();
    }

    /** The window's export dialog calls the same Exporter: given the same documents it writes the same bytes. */
    @Test
    void theCommandWritesWhatTheExporterWritesForTheWindow() throws IOException {
        for (String format : java.util.List.of("jsonl", "conll", "hf", "doccano")) {
            Path viaCli = dir.resolve("cli." + format);
            assertThat(run("export", "-q", "--no-corrections", "-f", format, "-o", viaCli.toString(), corpus.toString()).code()).isZero();
            java.util.List<cabletag.core.Document> documents = new java.util.ArrayList<>();
            cabletag.formats.CorpusReader.standard().readAll(java.util.List.of(corpus)).forEach(o -> documents.addAll(o.documents()));
            Path viaExporter = dir.resolve("window." + format);
            new cabletag.formats.export.Exporter(cabletag.formats.export.ExportOptions.of(cabletag.formats.export.ExportFormat.named(format)))
                    .export(cabletag.formats.export.ExportSource.of(documents), cabletag.formats.export.ExportTarget.path(viaExporter),
                            cabletag.formats.export.ExportProgress.NONE, () -> false);
            assertThat(Files.readAllBytes(viaCli)).as(format).isEqualTo(Files.readAllBytes(viaExporter));
        }
    }
}
