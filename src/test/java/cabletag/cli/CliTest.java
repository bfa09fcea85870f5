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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest extends WithTemporaryStore {

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
        run("export", "-f", "jsonl", "--split", "80/10/10", "-o", "-", corpus.toString()).assertBadUse("--split writes three outputs");
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
    void anExportIntoAnInputFolderIsBadUseEvenToANewFile() throws IOException {
        byte[] before = Files.readAllBytes(tagged);
        run("export", "-f", "jsonl", "-o", tagged.toString(), corpus.toString()).assertBadUse("inside the input folder");
        assertThat(Files.readAllBytes(tagged)).isEqualTo(before);
        // a new file there would be read as a dataset by the next export of the folder, and the same command
        // run twice would refuse its own output the second time
        run("export", "-f", "jsonl", "-o", corpus.resolve("out.jsonl").toString(), corpus.toString())
                .assertBadUse("the next reading of that folder would take it for an input");
        run("export", "-f", "jsonl", "-o", corpus.resolve("sub/out.jsonl").toString(), tagged.toString(), corpus.toString())
                .assertBadUse("inside the input folder");
        // a folder format too: it was refused only at its first file, after the folder's export lock was made
        // in the input folder (and after the whole corpus was read)
        for (String format : java.util.List.of("inline", "brat")) {
            run("export", "-f", format, "-o", corpus.resolve("out").toString(), corpus.toString())
                    .assertBadUse("inside the input folder");
        }
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files).hasSize(2); // nothing written, no lock or staging left behind
        }
    }

    @Test
    void aFolderExportIntoAFolderThatDoesNotExistIsBadUseLikeAFileExport() {
        Path nested = dir.resolve("nope/deeper/brat");
        run("export", "-f", "brat", "-o", nested.toString(), tagged.toString()).assertBadUse("does not exist");
        run("export", "-f", "jsonl", "-o", dir.resolve("nope/out.jsonl").toString(), tagged.toString()).assertBadUse("does not exist");
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    @Test
    void aFileTheUserWroteIsKeptAsACopyBeforeAnExportReplacesItAndAnExportIsReplacedAsIs() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "my precious notes\n");
        Result first = run("export", "-f", "jsonl", "-o", notes.toString(), tagged.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains(notes + " was not written by cabletag; the old file is kept as notes.md.~1~");
        assertThat(Files.readString(dir.resolve("notes.md.~1~"))).isEqualTo("my precious notes\n");
        assertThat(Files.readString(notes)).startsWith("{\"id\":");

        Result again = run("export", "-f", "jsonl", "-o", notes.toString(), tagged.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("kept as");
        assertThat(dir.resolve("notes.md.~2~")).doesNotExist();
        assertThat(Files.readString(dir.resolve("notes.md.~1~"))).isEqualTo("my precious notes\n");
    }

    @Test
    void anExportChangedInPlaceByTheUserIsKeptAsACopyBeforeItIsReplaced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("data.jsonl");
        assertThat(run("export", "-q", "-f", "jsonl", "-o", out.toString(), tagged.toString()).code()).isZero();
        String exported = Files.readString(out);
        // appended by hand: the file keeps its mark (an extended attribute survives >>, cp onto it, editors saving in place)
        Files.writeString(out, "MY HAND-WRITTEN LINE\n", java.nio.file.StandardOpenOption.APPEND);

        Result again = run("export", "-f", "jsonl", "-o", out.toString(), tagged.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err().lines()).containsExactly("note: " + out + " was changed since cabletag wrote it; the old file is kept as data.jsonl.~1~");
        assertThat(Files.readString(out)).isEqualTo(exported);
        assertThat(Files.readString(out.resolveSibling("data.jsonl.~1~"))).isEqualTo(exported + "MY HAND-WRITTEN LINE\n");
    }

    @Test
    void reExportingABratFolderKeepsTheAnnotationsMadeInBratAndTheFilesAddedThere() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "A [PER Ann  ] met Bob .\n");
        Path brat = dir.resolve("brat");
        assertThat(run("export", "-q", "-f", "brat", "-o", brat.toString(), in.toString()).code()).isZero();
        Files.writeString(brat.resolve("a.ann"), "T2\tPER 8 11\tBob\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(brat.resolve("NOTES.md"), "my notes\n");

        Result again = run("export", "-f", "brat", "-o", brat.toString(), in.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err().lines()).containsExactly("note: " + brat.resolve("a.ann") + " was changed since cabletag wrote it; the old file is kept as a.ann.~1~");
        assertThat(Files.readString(brat.resolve("a.ann"))).isEqualTo("T1\tPER 2 5\tAnn\n");
        assertThat(Files.readString(brat.resolve("a.ann.~1~"))).isEqualTo("T1\tPER 2 5\tAnn\nT2\tPER 8 11\tBob\n");
        assertThat(Files.readString(brat.resolve("NOTES.md"))).isEqualTo("my notes\n");
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
                broken + ":2:10: error: not a JSON object with a \"text\" string: Unrecognized token 'oops': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                badOffsets + ":1:1: warning: entity [0, 60) PER does not fit the text of 6 characters; entity dropped [bad-offsets]");
    }

    @Test
    void checkWarnsOfAnEmptyCableFileWhichTheOtherCommandsReadAsAnEmptyCable() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("with-empty"));
        Files.writeString(folder.resolve("a.txt"), "[PER Rubaie  ] met officials .\n");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Result check = run("check", folder.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(folder.resolve("empty.txt") + ":1:1: warning: empty file: no text, read as an empty cable [empty-file]");
        Result stats = run("stats", folder.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("cables                2");
    }

    @Test
    void inlineExportNamesACableThatWouldNotReadBackAndExitsOne() throws IOException {
        Path data = Files.writeString(dir.resolve("tagged-text.jsonl"),
                "{\"id\": \"a\", \"text\": \"He met [PER x  ] today\", \"spans\": [{\"start\": 0, \"end\": 2, \"label\": \"PER\"}]}\n"
                        + "{\"id\": \"b\", \"text\": \"Rubaie met\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"PER\"}]}\n");
        Path folder = dir.resolve("inline-out");
        Result result = run("export", "-f", "inline", "-o", folder.toString(), data.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains("tagged-text.jsonl#a: not written: written with plain tags it would read back with"
                + " different text from clean text line 1, column 8 ('[PER x  ] today')");
        assertThat(result.out()).contains("1 cable was not written");
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

    /** A long label keeps its count in the column of the others: every line ends at the same place. */
    @Test
    void statsAlignsTheCountsWhateverTheLabelsLength() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("long-label"));
        Files.writeString(folder.resolve("a.txt"), "[RELIGIOUS_GROUP Shia  ] leaders met [PER Rubaie  ] in [LOC Erbil  ] .\n");
        Result table = run("stats", folder.toString());
        assertThat(table.code()).as(table.err()).isZero();
        java.util.List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.stream().map(String::length).distinct()).as(table.out()).hasSize(1);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("\\S.*\\S \\s*\\d+|  \\S+ +\\d+"));
        assertThat(lines).contains("  RELIGIOUS_GROUP          1", "  PER                      1", "cables                     1");
        Result json = run("stats", "--json", folder.toString());
        assertThat(json.out()).isEqualTo(String.join(System.lineSeparator(), "{",
                "  \"cables\" : 1,", "  \"sentences\" : 1,", "  \"tokens\" : 7,", "  \"entities\" : 3,",
                "  \"entitiesByLabel\" : {", "    \"LOC\" : 1,", "    \"PER\" : 1,", "    \"RELIGIOUS_GROUP\" : 1", "  }", "}") + System.lineSeparator());
    }

    /** Short labels give the table as it always was (and as CLI.md shows it). */
    @Test
    void statsTableOfShortLabelsIsAsBefore() {
        Result table = run("stats", corpus.toString());
        assertThat(table.out().lines()).containsExactly("cables                2", "sentences           102", "tokens             2831",
                "entities            146", "  LOC                39", "  MISC               31", "  ORG                34", "  PER                42");
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

    // ---- hf's label list ---------------------------------------------------------------------------

    private static java.util.List<String> jsonStrings(String json) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        new ObjectMapper().readTree(json).forEach(n -> names.add(n.asText()));
        return names;
    }

    /** Every ner_tag of these hf lines, checked to be a JSON line of id, tokens and as many tags. */
    private static java.util.List<Integer> hfTags(java.util.List<String> lines) throws IOException {
        java.util.List<Integer> tags = new java.util.ArrayList<>();
        for (String line : lines) {
            JsonNode sentence = new ObjectMapper().readTree(line);
            assertThat(sentence.isObject()).as(line).isTrue();
            assertThat(sentence.get("id").isTextual()).as(line).isTrue();
            assertThat(sentence.get("tokens").size()).as(line).isEqualTo(sentence.get("ner_tags").size());
            sentence.get("ner_tags").forEach(n -> tags.add(n.asInt()));
        }
        return tags;
    }

    @Test
    void hfToAFileWritesTheLabelListBesideIt() throws IOException {
        Path output = dir.resolve("train.jsonl");
        Result result = run("export", "-f", "hf", "-o", output.toString(), corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        Path labels = dir.resolve("train.labels.json");
        java.util.List<String> names = jsonStrings(Files.readString(labels));
        assertThat(names.get(0)).isEqualTo("O");
        assertThat(names).containsExactlyInAnyOrder("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC");
        assertThat(hfTags(Files.readAllLines(output))).allSatisfy(tag -> assertThat(tag).isBetween(0, names.size() - 1));
        assertThat(result.out()).contains("written: [" + output.toAbsolutePath() + ", " + labels.toAbsolutePath() + "]");
        assertThat(result.err()).doesNotContain("labels:");

        // A split shares one label list: the same numbers mean the same tags in train, dev and test.
        Path split = dir.resolve("data.jsonl");
        assertThat(run("export", "-q", "-f", "hf", "--scheme", "bioes", "--split", "50/25/25", "-o", split.toString(), corpus.toString()).code()).isZero();
        java.util.List<String> bioes = jsonStrings(Files.readString(dir.resolve("data.labels.json")));
        assertThat(bioes).hasSize(1 + 4 * 4).contains("S-PER", "E-LOC");
        for (String part : java.util.List.of("train", "dev", "test")) {
            assertThat(hfTags(Files.readAllLines(dir.resolve("data." + part + ".jsonl")))).allSatisfy(tag -> assertThat(tag).isBetween(0, bioes.size() - 1));
        }
        assertThat(dir.resolve("data.train.labels.json")).doesNotExist();
    }

    /**
     * Decision (docs/CLI.md): hf to standard output writes only JSON lines there; the label list, with no
     * file to go beside, is one line on standard error, {@code labels: ["O","B-ORG",...]}, even with --quiet.
     */
    @Test
    void hfToStandardOutputKeepsItPureAndGivesTheLabelsOnStandardError() throws IOException {
        Path file = dir.resolve("file.jsonl");
        assertThat(run("export", "-q", "-f", "hf", "-o", file.toString(), corpus.toString()).code()).isZero();
        java.util.List<String> fileLabels = jsonStrings(Files.readString(dir.resolve("file.labels.json")));

        for (boolean quiet : new boolean[] {false, true}) {
            Result result = quiet ? run("export", "-q", "-f", "hf", "-o", "-", corpus.toString())
                    : run("export", "-f", "hf", "-o", "-", corpus.toString());
            assertThat(result.code()).as(result.err()).isZero();
            java.util.List<String> lines = result.out().lines().toList();
            assertThat(result.out()).endsWith("\n");
            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"id\":").endsWith("}"));
            assertThat(String.join("\n", lines) + "\n").isEqualTo(Files.readString(file)); // the same data as the file
            java.util.List<String> labelLines = result.err().lines().filter(l -> l.startsWith("labels: ")).toList();
            assertThat(labelLines).as(result.err()).hasSize(1);
            assertThat(jsonStrings(labelLines.get(0).substring("labels: ".length()))).isEqualTo(fileLabels);
            if (quiet) {
                assertThat(result.err().lines()).containsExactly(labelLines.get(0));
            } else {
                assertThat(result.err()).contains("2 cables");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("-"));
        }
        // Formats whose data names its tags give no such line.
        assertThat(run("export", "-q", "-f", "conll", "-o", "-", corpus.toString()).err()).isEmpty();
        assertThat(run("export", "-q", "-f", "jsonl", "-o", "-", corpus.toString()).err()).isEmpty();
    }

    // ---- special files, links and stale output at the target ------------------------------------

    /** A FIFO made by mkfifo in the test's own folder; never a real device. */
    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        return fifo;
    }

    private static boolean isFifo(Path path) throws IOException {
        return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).isOther();
    }

    @Test
    void checkSaysADanglingLinkAndAFifoInPathOrderWithTheOtherFilesLines() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("0bad.txt"), "Hello [PER Rubaie  met [LOC Tehran  ] and ]\n");
        Files.createSymbolicLink(folder.resolve("a_dangling.txt"), folder.resolve("nowhere"));
        Files.createDirectories(folder.resolve("m"));
        Files.writeString(folder.resolve("m/bad.txt"), "x [PER y\n");
        Path fifo = fifo("mixed/n_fifo.txt");
        assertThat(isFifo(fifo)).isTrue();
        Files.writeString(folder.resolve("zbad.txt"), "[FOO x ] y [PER z\n");

        Result result = run("check", folder.toString());

        assertThat(result.code()).isEqualTo(1);
        java.util.List<String> files = result.out().lines().map(line -> line.substring(0, line.indexOf(':'))).toList();
        assertThat(files).containsExactly(folder.resolve("0bad.txt").toString(), folder.resolve("a_dangling.txt").toString(),
                folder.resolve("m/bad.txt").toString(), folder.resolve("n_fifo.txt").toString(), folder.resolve("zbad.txt").toString());
    }

    @Test
    void aFifoAtTheTargetIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = fifo("pipe.jsonl");
        run("export", "-f", "jsonl", "-o", fifo.toString(), corpus.toString())
                .assertBadUse("pipe.jsonl is not a regular file; choose a file path");
        assertThat(isFifo(fifo)).isTrue();
        run("export", "-f", "brat", "-o", fifo.toString(), corpus.toString()).assertBadUse("is not a folder; choose a folder path");
        assertThat(isFifo(fifo)).isTrue();
    }

    @Test
    void aFifoWhereASplitPartGoesIsRefusedAndNothingIsWritten() throws Exception {
        Path fifo = fifo("data.dev.jsonl");
        run("export", "-f", "jsonl", "--split", "80/10/10", "-o", dir.resolve("data.jsonl").toString(), corpus.toString())
                .assertBadUse("data.dev.jsonl is not a regular file; choose a file path");
        assertThat(isFifo(fifo)).isTrue();
        assertThat(dir.resolve("data.train.jsonl")).doesNotExist();
    }

    /** Decision (docs/CLI.md): a symbolic link at the target is refused, never written through nor replaced. */
    @Test
    void aSymbolicLinkAtTheTargetIsRefusedAndBothLinkAndFileStay() throws IOException {
        Path real = Files.writeString(dir.resolve("real.jsonl"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
        run("export", "-f", "jsonl", "-o", link.toString(), corpus.toString())
                .assertBadUse("link.jsonl is a symbolic link; cabletag does not write through links, choose a file path");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("keep me");

        Path folder = Files.createDirectories(dir.resolve("real-folder"));
        Path folderLink = Files.createSymbolicLink(dir.resolve("folder-link"), folder);
        run("export", "-f", "brat", "-o", folderLink.toString(), corpus.toString()).assertBadUse("is a symbolic link");
        assertThat(Files.isSymbolicLink(folderLink)).isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExportOfNoCablesReplacesTheOldOutputWithAnEmptyOne() throws IOException {
        Path output = Files.writeString(dir.resolve("out.jsonl"), "{\"id\": \"old\"}\n");
        Result result = run("export", "-f", "jsonl", "--reviewed-only", "-o", output.toString(), corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("0 cables").contains("(2 cables outside the scope)");
        assertThat(Files.readString(output)).isEmpty();

        Path brat = dir.resolve("brat");
        assertThat(run("export", "-f", "brat", "--reviewed-only", "-o", brat.toString(), corpus.toString()).code()).isZero();
        try (Stream<Path> files = Files.list(brat)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("annotation.conf");
        }
    }

    @Test
    void everyPartOfASplitIsRewrittenEvenWhenEmpty() throws IOException {
        Path output = dir.resolve("data.jsonl");
        Files.writeString(dir.resolve("data.dev.jsonl"), "{\"id\": \"stale\"}\n");
        Files.writeString(dir.resolve("data.test.jsonl"), "{\"id\": \"stale\"}\n");
        Result result = run("export", "-f", "jsonl", "--split", "100/0/0", "-o", output.toString(), corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("data.train.jsonl"))).hasSize(2);
        assertThat(Files.readString(dir.resolve("data.dev.jsonl"))).isEmpty();
        assertThat(Files.readString(dir.resolve("data.test.jsonl"))).isEmpty();

        Path brat = dir.resolve("brat-split");
        assertThat(run("export", "-f", "brat", "--split", "100/0/0", "-o", brat.toString(), corpus.toString()).code()).isZero();
        assertThat(brat.resolve("dev")).isEmptyDirectory();
        assertThat(brat.resolve("test")).isEmptyDirectory();
    }

    /**
     * Decision (docs/CLI.md): a folder export replaces an earlier export whole — no file it wrote survives
     * beside the new ones — but not the files the user added, and refuses any other non-empty folder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"brat", "inline"})
    void aFolderExportReplacesAnEarlierExportWholeButTheUsersFilesAndRefusesAForeignFolder(String format) throws IOException {
        Path folder = dir.resolve(format);
        assertThat(run("export", "-q", "-f", format, "-o", folder.toString(), corpus.toString()).code()).isZero();
        Path mine = Files.writeString(folder.resolve("added-by-the-user.txt"), "mine");
        Result again = run("export", "-f", format, "-o", folder.toString(), tagged.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(mine).hasContent("mine");
        assertThat(folder.resolve("000_cb2ef8ccb40cf302.txt")).doesNotExist(); // the earlier export's, not in this export's input
        assertThat(folder.resolve("004_139b5bbd77eb63a8.txt")).exists();
        try (Stream<Path> files = Files.list(dir)) {
            // no staging left; the folder's lock file stays (OutputSet.LOCK_FILE)
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(cabletag.formats.io.OutputSet.LOCK_FILE)))
                    .noneMatch(name -> name.startsWith(".cabletag"));
        }

        Path foreign = Files.createDirectories(dir.resolve("notes-" + format));
        Path note = Files.writeString(foreign.resolve("todo.txt"), "mine");
        run("export", "-f", format, "-o", foreign.toString(), corpus.toString())
                .assertBadUse("is a folder that is not empty and not an earlier cabletag export; choose a new or empty folder");
        assertThat(Files.readString(note)).isEqualTo("mine");
        try (Stream<Path> files = Files.list(foreign)) {
            assertThat(files).hasSize(1);
        }
    }

    // ---- inputs that cannot be read --------------------------------------------------------------

    @Test
    void aFifoGivenAsInputIsBadUseAndDoesNotHang() throws Exception {
        Path fifo = fifo("input.txt");
        Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), fifo.toString()));
        result.assertBadUse("input.txt is not a regular file or folder");
        assertThat(dir.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void aFifoInsideAnInputFolderIsSkippedWithAMessage() throws Exception {
        Path fifo = fifo("pipe.txt");
        Files.move(fifo, corpus.resolve("pipe.txt"));
        Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), corpus.toString()));
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS); // exported, but a file was skipped
        assertThat(result.err()).contains("pipe.txt:1:1: error: not a regular file; skipped");
        assertThat(result.out()).contains("2 cables");
    }

    @Test
    void anInputThatCannotBeReadWhenItsTurnComesIsBadUseNamingIt() throws IOException {
        // Root reads every file, so the failure is made by the file going away between listing and reading.
        InputCorpus inputs = InputCorpus.open(java.util.List.of(tagged), cabletag.workspace.CorrectedDocuments.none(), false);
        Files.delete(tagged);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> inputs.documents().hasNext()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("004_139b5bbd77eb63a8.txt:1:1: error: cannot read file: no such file or folder");
    }

    @Test
    void anEmptyPathOrADeviceIsNotAnInput() {
        run("check", "").assertBadUse("'' is not a file or folder (empty path)");
        run("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), "").assertBadUse("empty path");
        // Only looked at, never opened: /dev/null is a character device.
        run("check", "/dev/null").assertBadUse("/dev/null is not a regular file or folder");
    }

    @Test
    void aFailedWriteGivesItsReason() {
        assertThat(cabletag.formats.io.IoReason.describe(new java.nio.file.AccessDeniedException("/x/.cabletag-export-1")))
                .isEqualTo("permission denied (/x/.cabletag-export-1)");
        assertThat(cabletag.formats.io.IoReason.describe(new java.nio.file.FileSystemException("/x/o", null, "Read-only file system")))
                .isEqualTo("Read-only file system (/x/o)");
    }

    @Test
    void anUnwritableFolderIsBadUseWithTheReason() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            run("export", "-f", "jsonl", "-o", locked.resolve("o.jsonl").toString(), corpus.toString())
                    .assertBadUse("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyTargetIsBadUseNamingItBeforeTheCorpusIsRead() throws IOException {
        Path brat = dir.resolve("rb");
        Path jsonl = dir.resolve("ro.jsonl");
        assertThat(run("export", "-q", "-f", "brat", "-o", brat.toString(), corpus.toString()).code()).isZero();
        assertThat(run("export", "-q", "-f", "jsonl", "-o", jsonl.toString(), corpus.toString()).code()).isZero();
        Files.setPosixFilePermissions(brat, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(jsonl, PosixFilePermissions.fromString("r--r--r--"));
        try {
            Assumptions.assumeFalse(Files.isWritable(brat), "running as root: every folder is writable");
            // renaming a folder aside needs permission to write it: the folder, not the one it is in, is named
            run("export", "-f", "brat", "-o", brat.toString(), corpus.toString())
                    .assertBadUse("output " + brat + " is read-only (permission denied)");
            run("export", "-f", "jsonl", "-o", jsonl.toString(), corpus.toString())
                    .assertBadUse("output " + jsonl + " is read-only (permission denied)");
            // one it may not read could hold anything of the user's: refused before, not after the corpus is read
            Files.setPosixFilePermissions(brat, PosixFilePermissions.fromString("-wx-wx-wx"));
            run("export", "-f", "brat", "-o", brat.toString(), corpus.toString())
                    .assertBadUse("output " + brat + " cannot be read (permission denied)");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".cabletag-staging"));
            }
        } finally {
            Files.setPosixFilePermissions(brat, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyReportPageIsBadUseNamingItAsForAnExport() throws IOException {
        Path page = Files.writeString(dir.resolve("ro.html"), "my own notes\n");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));
        Assumptions.assumeFalse(Files.isWritable(page), "running as root: every file is writable");
        run("report", "--html", page.toString(), corpus.toString())
                .assertBadUse(page + " is read-only (permission denied)");
        assertThat(page).hasContent("my own notes");
        assertThat(dir.resolve("ro.html.~1~")).doesNotExist();
    }

    @Test
    void aTrailingSlashOnAFileOutputIsBadUseAndWritesNothing() {
        Path named = dir.resolve("o2.jsonl");
        run("export", "-f", "jsonl", "-o", named + "/", corpus.toString())
                .assertBadUse("--output " + named + "/ ends with '/', which names a folder; jsonl writes a file");
        assertThat(named).doesNotExist();
    }

    @Test
    void aNoteNamingAFileWithALineBreakStaysOneLine() throws IOException {
        Path odd = Files.writeString(dir.resolve("a\nb.jsonl"), "the user's\n");
        Result result = run("export", "-q", "-f", "jsonl", "-o", odd.toString(), corpus.toString());
        assertThat(result.code()).isZero();
        assertThat(result.err().lines().toList()).singleElement().asString()
                .isEqualTo("note: " + dir.resolve("a\\nb.jsonl") + " was not written by cabletag; the old file is kept as a\\nb.jsonl.~1~");
    }

    // ---- ids, progress, summary ------------------------------------------------------------------

    @Test
    void cablesWithTheSameNameInTwoFoldersGetDistinctIds() throws IOException {
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.copy(tagged, Files.createDirectories(two.resolve("x")).resolve("c.txt"));
        Files.copy(tagged, Files.createDirectories(two.resolve("y")).resolve("c.txt"));
        ObjectMapper json = new ObjectMapper();
        for (String format : java.util.List.of("jsonl", "doccano")) {
            Path output = dir.resolve("two." + format);
            assertThat(run("export", "-q", "-f", format, "-o", output.toString(), two.toString()).code()).isZero();
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(output)) {
                ids.add(json.readTree(line).get("id").asText());
            }
            assertThat(ids).as(format).containsExactly("x/c", "y/c");
        }
    }

    @Test
    void progressLinesGoToStandardErrorNeverToStandardOutput() {
        java.time.Duration[] previous = CommandSupport.ProgressLine.timing(java.time.Duration.ZERO, java.time.Duration.ZERO);
        try {
            Result result = run("export", "-f", "conll", "-o", "-", corpus.toString());
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.err()).contains("... 1 cable read, at 000_cb2ef8ccb40cf302.txt")
                    .contains("... 2 cables read, at 004_139b5bbd77eb63a8.txt");
            assertThat(result.out()).doesNotContain("cables read").startsWith("-DOCSTART-");
        } finally {
            CommandSupport.ProgressLine.timing(previous[0], previous[1]);
        }
    }

    @Test
    void progressLinesWaitForTheirInterval() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandSupport.ProgressLine line = new CommandSupport.ProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8),
                java.time.Duration.ZERO, java.time.Duration.ofHours(1));
        line.update(1, "a");
        line.update(2, "b");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("... 1 cable read, at a" + System.lineSeparator());
        assertThat(CommandSupport.ProgressLine.INTERVAL).isEqualTo(java.time.Duration.ofSeconds(1)); // as its comment says
    }

    /** The span formats carry no tokens: their summary counts words and says so; conll counts tokens as stats does. */
    @Test
    void theSummaryNamesWhatItCounts() throws IOException {
        Result stats = run("stats", "--json", corpus.toString());
        long statsTokens = new ObjectMapper().readTree(stats.out()).get("tokens").asLong();
        for (String format : java.util.List.of("conll", "hf")) {
            Result result = run("export", "-f", format, "-o", dir.resolve("t." + format).toString(), corpus.toString());
            assertThat(result.out()).as(format).contains(cabletag.core.text.Counted.of(statsTokens, "token", "tokens"));
        }
        for (String format : java.util.List.of("jsonl", "doccano")) {
            Result result = run("export", "-f", format, "-o", dir.resolve("w." + format).toString(), corpus.toString());
            assertThat(result.out()).as(format).containsPattern("\\d{1,3}(,\\d{3})* words, 146 entities").doesNotContain(" tokens");
        }
    }
}
