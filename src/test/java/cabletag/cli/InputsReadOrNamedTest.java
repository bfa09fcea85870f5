package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every input named on the command line is read, or named with the reason it was not. */
class InputsReadOrNamedTest extends WithTemporaryStore {

    private static final String OLD = "{\"id\": \"old\", \"text\": \"kept\"}\n";

    private Path oldOutput() throws IOException {
        return Files.writeString(dir.resolve("out.jsonl"), OLD);
    }

    // ---- 1. an input that gives nothing stops the command and keeps the old output ----------------

    @Test
    void anEmptyFolderDoesNotReplaceTheOldOutputWithAnEmptyOne() throws IOException {
        Path out = oldOutput();
        Path empty = Files.createDirectories(dir.resolve("empty-folder"));
        Result result = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), empty.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains(empty + ": error: no cable or dataset file in this folder")
                .doesNotContain("\tat ");
        assertThat(Files.readString(out)).isEqualTo(OLD);
        assertThat(result.out()).doesNotContain("0 cables");
    }

    @Test
    void theSameCablesNamedInAnotherOrderTwiceOrWithTheirFolderExportAlike() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path a = Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ]\n");
        Path b = Files.writeString(corpus.resolve("b.txt"), "[ORG GOI  ] said\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
        Path expected = dir.resolve("folder.jsonl");
        assertThat(CliTest.run("export", "-q", "-f", "jsonl", "-o", expected.toString(), corpus.toString()).code()).isZero();
        String once = Files.readString(expected);
        assertThat(once.lines()).hasSize(2);

        List<List<String>> namings = List.of(
                List.of(b.toString(), a.toString()),
                List.of(a.toString(), a.toString(), b.toString()),
                List.of(b.toString(), corpus.toString()),
                List.of(corpus.toString(), link.toString()));
        int n = 0;
        for (List<String> naming : namings) {
            Path out = dir.resolve("named-" + n++ + ".jsonl");
            List<String> args = new java.util.ArrayList<>(List.of("export", "-f", "jsonl", "-o", out.toString()));
            args.addAll(naming);
            Result result = CliTest.run(args.toArray(String[]::new));
            assertThat(result.code()).as(naming + ": " + result.err()).isZero();
            assertThat(result.err()).as(naming.toString()).doesNotContain("error");
            assertThat(Files.readString(out)).as(naming.toString()).isEqualTo(once);
        }
        Result stats = CliTest.run("stats", a.toString(), corpus.toString());
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).isEqualTo(CliTest.run("stats", corpus.toString()).out());
    }

    @Test
    void aFolderOfBrokenFilesDoesNotReplaceTheOldOutputAndNamesEachFile() throws IOException {
        Path out = oldOutput();
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.write(broken.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        Files.writeString(broken.resolve("bad.jsonl"), "{\"text\": \"a\"\n{oops}\n");
        Result result = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), broken.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains("image.txt:1:4: error: binary file")
                .contains("bad.jsonl:1:").contains("bad.jsonl:2:")
                .contains(broken + ": error: no cable or document read from this folder: its 2 files were not readable");
        assertThat(Files.readString(out)).isEqualTo(OLD);
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".") && !name.equals(".cabletag-export.lock")); // the folder lock stays (ADR 0009) // no staging left
        }
    }

    @Test
    void aFolderExportIsNotReplacedEitherWhenNothingWasRead() throws IOException {
        Path cable = Files.writeString(dir.resolve("c.txt"), "[PER Rubaie  ] met [LOC Tehran  ]\n");
        Path brat = dir.resolve("brat");
        assertThat(CliTest.run("export", "-q", "-f", "brat", "-o", brat.toString(), cable.toString()).code()).isZero();
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        Result result = CliTest.run("export", "-f", "brat", "-o", brat.toString(), empty.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(brat.resolve("c.ann")).exists();
    }

    @Test
    void aDatasetWhoseEveryLineIsBadGivesNoCableAndNoZeroSuccess() throws IOException {
        Path out = oldOutput();
        Path bad = Files.writeString(dir.resolve("all-bad.jsonl"), "{\"text\": \"unterminated\n{\"nope\": true}\n");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), bad.toString());
        assertThat(export.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err()).contains("all-bad.jsonl:2:1: error: a JSON line needs a \"text\" field")
                .contains(bad + ": error: no cable or document read from this file (see the problems above)");
        assertThat(Files.readString(out)).isEqualTo(OLD);

        Result stats = CliTest.run("stats", bad.toString());
        assertThat(stats.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.out()).doesNotContain("cables");
        assertThat(stats.err()).contains(bad + ": error: no cable or document read from this file");
    }

    @Test
    void statsOfAnEmptyFolderIsNotZeroCables() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result stats = CliTest.run("stats", "--json", empty.toString());
        assertThat(stats.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.out()).isEmpty();
        assertThat(stats.err()).contains(empty + ": error: no cable or dataset file in this folder");
    }

    @Test
    void checkNamesAnInputThatGaveNothingAsAProblem() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result check = CliTest.run("check", empty.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).contains(empty + ": error: no cable or dataset file in this folder");
    }

    @Test
    void oneInputThatGaveNothingStopsTheExportEvenBesideGoodOnes() throws IOException {
        Path out = oldOutput();
        Path cable = Files.writeString(dir.resolve("c.txt"), "[PER Rubaie  ] met [LOC Tehran  ]\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result result = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), cable.toString(), empty.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains(empty.toString());
        assertThat(Files.readString(out)).isEqualTo(OLD);
    }

    @Test
    void aFolderAndASubFolderOfItNamedTogetherGiveEachCableOnceAndNeitherIsNothingRead() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(corpus.resolve("c.txt"), "[PER Rubaie  ]\n");
        for (List<String> naming : List.of(List.of(dir.resolve("corpus").toString(), corpus.toString()),
                List.of(corpus.toString(), dir.resolve("corpus").toString()))) {
            Result result = CliTest.run("stats", naming.get(0), naming.get(1));
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out()).contains("cables                1");
            assertThat(result.err()).doesNotContain("error");
        }
    }

    @Test
    void aBratTextNamedAloneIsNamedAsReadWithItsAnn() throws IOException {
        Path txt = Files.writeString(dir.resolve("b.txt"), "Rubaie");
        Files.writeString(dir.resolve("b.ann"), "T1\tPER 0 6\tRubaie\n");
        Result result = CliTest.run("stats", txt.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains(txt + ": error: not read on its own: it belongs to another file");
        assertThat(CliTest.run("stats", dir.resolve("b.ann").toString()).code()).isZero();
    }

    @Test
    void aBratFolderNamedFileByFileAsAShellGlobDoesIsReadAsTheFolderIs() throws IOException {
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("b.txt"), "Rubaie met Bob");
        Files.writeString(brat.resolve("b.ann"), "T1\tPER 0 6\tRubaie\n");
        Files.writeString(brat.resolve("annotation.conf"), "[entities]\nPER\n");
        Path folderOut = dir.resolve("folder.jsonl");
        assertThat(CliTest.run("export", "-q", "-f", "jsonl", "-o", folderOut.toString(), brat.toString()).code()).isZero();
        Path globOut = dir.resolve("glob.jsonl");
        // what `brat/*` gives: the configuration, the annotations and the text, in the shell's order
        Result glob = CliTest.run("export", "-q", "-f", "jsonl", "-o", globOut.toString(),
                brat.resolve("annotation.conf").toString(), brat.resolve("b.ann").toString(), brat.resolve("b.txt").toString());
        assertThat(glob.code()).as(glob.err()).isZero();
        assertThat(glob.err()).isEmpty();
        assertThat(Files.readString(globOut)).isEqualTo(Files.readString(folderOut));
    }

    @Test
    void aBratConfigurationNamedWithoutAnyAnnotationsIsNamedAsWhatItIs() throws IOException {
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("b.txt"), "Rubaie");
        Files.writeString(brat.resolve("b.ann"), "T1\tPER 0 6\tRubaie\n");
        Path conf = Files.writeString(brat.resolve("annotation.conf"), "[entities]\nPER\n");
        Result result = CliTest.run("stats", conf.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains(conf + ": error: a brat configuration file, which holds no cable")
                .doesNotContain("NAME.txt");
    }

    @Test
    void hardLinksAreCablesOfTheirOwnWhileALinkToAFileReachesItAgain() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path a = Files.writeString(corpus.resolve("a.txt"), "x [PER Ali  ]\n");
        try {
            Files.createLink(corpus.resolve("b.txt"), a);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no hard links here: " + e);
        }
        Files.createSymbolicLink(corpus.resolve("c.txt"), a.getFileName());
        for (List<String> naming : List.of(List.of(corpus.toString()),
                List.of(corpus.resolve("b.txt").toString(), corpus.toString()),
                List.of(corpus.resolve("a.txt").toString(), corpus.resolve("b.txt").toString(), corpus.resolve("c.txt").toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of("export", "-q", "-f", "jsonl", "-o", "-"));
            args.addAll(naming);
            Result result = CliTest.run(args.toArray(String[]::new));
            assertThat(result.code()).as(naming + ": " + result.err()).isZero();
            assertThat(result.out().lines().map(line -> line.substring(0, line.indexOf(",")))).as(naming.toString())
                    .containsExactly("{\"id\":\"a\"", "{\"id\":\"b\"");
        }
    }

    @Test
    void anEmptyDatasetNamedAloneSaysItHoldsNone() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.conll"), "\n\n");
        Result result = CliTest.run("stats", empty.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains("empty.conll:1:1: error: no token line in this file")
                .contains(empty + ": error: no cable or document read from this file (see the problems above)");
        Path out = oldOutput();
        Path emptyJsonl = Files.writeString(dir.resolve("empty.jsonl"), ""); // once read as an empty cable
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), emptyJsonl.toString());
        assertThat(export.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err()).contains("empty.jsonl:1:1: error: no JSON line in this file");
        assertThat(Files.readString(out)).isEqualTo(OLD);
    }

    @Test
    void aNamedDatasetInAnEncodingThatCannotBeReadStopsTheExport() throws IOException {
        Path out = oldOutput();
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Result result = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), latin1.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains("latin1.jsonl:1:14: error: not UTF-8 text: the byte 0xE9 is no UTF-8 character; this line is left out"
                        + " (0xE9 is é in Windows-1252: if the file was saved so, save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)")
                .contains(latin1 + ": error: no cable or document read from this file");
        assertThat(Files.readString(out)).isEqualTo(OLD);
    }

    // ---- 4. links: read through, or named -----------------------------------------------------------

    @Test
    void aLinkedFolderIsExportedAndALoopAndADanglingLinkAreNamedWithExitOne() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ]\n");
        Files.writeString(elsewhere.resolve("b.txt"), "[LOC Tehran  ]\n");
        Files.createSymbolicLink(corpus.resolve("linked"), elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("back"), corpus);
        Files.createSymbolicLink(corpus.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Path out = dir.resolve("out.jsonl");
        Result result = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), corpus.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(Files.readString(out)).contains("\"a\"").contains("\"linked/b\"");
        assertThat(result.err().lines().filter(l -> l.contains("error:")).toList()).containsExactly(
                corpus.resolve("gone.txt") + ":1:1: error: symbolic link to " + dir.resolve("nowhere.txt") + ", which does not exist; skipped",
                corpus.resolve("linked/back") + ":1:1: error: symbolic link back to the folder " + corpus.toRealPath()
                        + " that holds it; not followed (it would loop)");
    }

    // ---- 2. a dataset with some bad lines: the good ones are read, each bad one named ------------

    @Test
    void aBadJsonLineIsNamedAndTheLinesAfterItAreRead() throws IOException {
        Path data = Files.writeString(dir.resolve("d.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"Rubaie met\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"PER\"}]}",
                "{\"id\": \"b\", \"text\": \"broken",
                "{\"id\": \"c\", \"text\": \"in Tehran\", \"spans\": [{\"start\": 3, \"end\": 9, \"label\": \"LOC\"}]}",
                "not json at all",
                "{\"id\": \"d\", \"text\": \"last\"}", ""));
        Path out = dir.resolve("out.jsonl");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), data.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines().filter(l -> l.startsWith(data + ":"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(data.toString()) + ":2:\\d+: error: .*"))
                .anySatisfy(l -> assertThat(l).startsWith(data + ":4:1: error: "));
        List<String> ids = Files.readAllLines(out).stream()
                .map(l -> l.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]*)\".*", "$1")).toList();
        assertThat(ids).containsExactly("a", "c", "d");

        Result stats = CliTest.run("stats", "--json", data.toString());
        assertThat(stats.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.out()).contains("\"cables\" : 3");
        assertThat(stats.err()).contains("d.jsonl:2:").contains("d.jsonl:4:1:");

        Result check = CliTest.run("check", data.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).contains("d.jsonl:2:").contains("d.jsonl:4:1:");
    }

    @Test
    void aBadConllLineLeavesOutItsDocumentOnlyAndKeepsTheIds() throws IOException {
        Path data = Files.writeString(dir.resolve("g.conll"), String.join("\n",
                "-DOCSTART- -X- -X- O", "", "Rubaie B-PER", "",
                "-DOCSTART- -X- -X- O", "", "lonely", "",
                "-DOCSTART- -X- -X- O", "", "Tehran B-LOC", ""));
        Path out = dir.resolve("out.jsonl");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), data.toString());
        assertThat(export.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err()).contains("g.conll:7:1: error: expected a token and a tag, found 'lonely'");
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).contains("\"g-1\"").contains("\"g-3\"").doesNotContain("\"g-2\"").doesNotContain("lonely");
    }

    @Test
    void aCleanExportStillExitsZero() throws IOException {
        Path cable = Files.writeString(dir.resolve("c.txt"), "[PER Rubaie  ] met [LOC Tehran  ]\n");
        Result result = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("o.jsonl").toString(), cable.toString());
        assertThat(result.code()).as(result.err()).isZero();
    }
}
