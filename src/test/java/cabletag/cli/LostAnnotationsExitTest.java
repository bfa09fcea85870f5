package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entity of a dataset input that cannot be read (bad offsets, a bad label, an overlap, a garbage brat
 * line) is dropped with a warning, and every command exits 1 for it, as for a bad line; a warning that
 * loses nothing (an entity's text that differs from the .txt, offsets kept) leaves the exit code 0.
 */
class LostAnnotationsExitTest extends WithTemporaryStore {

    /** The line of the dropped entity, its file named as given (under {@code dir}). */
    private String dropped() {
        return dir.resolve("off.jsonl") + ":1:1: warning: entity [0, 9) PER does not fit the text of 3"
            + " characters; entity dropped [bad-offsets]";
    }

    @Test
    void anEntityDroppedFromAJsonlInputMakesExportStatsAndCheckExit1AndIsNamed() throws IOException {
        Path input = Files.writeString(dir.resolve("off.jsonl"),
                "{\"id\":\"d\",\"text\":\"Ann\",\"spans\":[{\"start\":0,\"end\":9,\"label\":\"PER\"}]}\n");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), input.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsOnlyOnce(dropped());

        Result stats = CliTest.run("stats", input.toString());
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactly(dropped());

        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(dropped());
    }

    /** UTF-8 with a sequence cut short at its end, as a download cut short leaves it: garbled if read as Windows-1252. */
    @Test
    void damagedUtf8IsNamedAndMakesExportStatsAndCheckExit1() throws IOException {
        byte[] bytes = "Caf\u00e9: [PER Jos\u00e9 N\u00fa\u00f1ez  ] met [LOC Bogot\u00e1  ] \uD83D\uDE00.\n\u20AC"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path input = Files.write(dir.resolve("a.txt"), java.util.Arrays.copyOf(bytes, bytes.length - 1));
        String line = input + ":2:1: error: the file holds UTF-8 but has 2 bytes that are not (the first, 0xE2, here): it was"
                + " read as Windows-1252, so its accented letters and symbols are garbled (\u00e9 as \u00c3\u00a9) in its text"
                + " and in every export; fix the file (a download cut short or a damaged byte?) [damaged-utf8]";

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), input.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsOnlyOnce(line);

        Result stats = CliTest.run("stats", input.toString());
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactly(line);

        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(line);
    }

    @Test
    void aWindows1252CableIsAWarningAndExportsWithExit0() throws IOException {
        Path input = Files.write(dir.resolve("w.txt"), "It\u2019s a caf\u00e9: [PER Jos\u00e9  ] met \u201cthem\u201d.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), input.toString());

        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(export.err().lines()).singleElement().asString().startsWith(input + ":1:3: warning: not valid UTF-8")
                .endsWith("[encoding-fallback]");
        assertThat(Files.readString(dir.resolve("out.jsonl"))).contains("\"text\":\"It\u2019s a caf\u00e9: Jos\u00e9 met \u201cthem\u201d.\\n\"");
    }

    @Test
    void aGarbageBratLineMakesStatsExit1() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(folder.resolve("b.txt"), "Rubaie met Iraq\n");
        Files.writeString(folder.resolve("b.ann"), "T1\tPER 0 6\tRubaie\ngarbage\n");

        Result stats = CliTest.run("stats", folder.toString());

        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactly(
                folder.resolve("b.ann") + ":2:1: warning: not a brat annotation line; ignored [bad-line]");
    }

    /**
     * cabletag keeps text-bound entities only: a relation, note, attribute, event or normalisation of a brat
     * .ann is named once, at its line, as annotation lost, and every command exits 1 for it.
     */
    @Test
    void bratLinesThatAreNoEntityAreNamedOnceAndMakeExportStatsAndCheckExit1() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(folder.resolve("in.txt"), "Ali met Bob in Basra\n");
        Path ann = Files.writeString(folder.resolve("in.ann"), "T1\tPER 0 3\tAli\nT2\tPER 8 11\tBob\nR1\tMeets Arg1:T1 Arg2:T2\t\n"
                + "#1\tAnnotatorNotes T1\tthe minister\nA1\tNegated T2\nE1\tMeet:T1 Agent:T2\nT3\tLOC 15 20\tBasra\n"
                + "N1\tReference T1 Wikipedia:534366\tAli\n*\tAlias T1 T2\nM1\tSpeculation T1\n");
        String notCarried = " is not carried: cabletag keeps text-bound entities (T lines) only; annotation dropped [not-an-entity]";
        List<String> lost = List.of(
                ann + ":3:1: warning: relation R1 (Meets)" + notCarried,
                ann + ":4:1: warning: note #1 (AnnotatorNotes)" + notCarried,
                ann + ":5:1: warning: attribute A1 (Negated)" + notCarried,
                ann + ":6:1: warning: event E1 (Meet)" + notCarried,
                ann + ":8:1: warning: normalisation N1 (Reference)" + notCarried,
                ann + ":9:1: warning: equivalence relation * (Alias)" + notCarried,
                ann + ":10:1: warning: attribute M1 (Speculation)" + notCarried);

        Result check = CliTest.run("check", ann.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactlyElementsOf(lost);

        Path out = dir.resolve("out");
        Result export = CliTest.run("export", "-f", "brat", "-o", out.toString(), ann.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsExactlyElementsOf(lost);
        assertThat(Files.readString(out.resolve("in.ann"))).isEqualTo("T1\tPER 0 3\tAli\nT2\tPER 8 11\tBob\nT3\tLOC 15 20\tBasra\n");

        Result stats = CliTest.run("stats", folder.toString());
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactlyElementsOf(lost);
    }

    @Test
    void aCableTagInsideHtmlMarkupIsNamedAndMakesExportStatsAndCheckExit1() throws IOException {
        Path input = Files.writeString(dir.resolve("page.html"),
                "<pre>[PER Maliki  ] met <a title=\"[PER Rubaie  ]\">him</a></pre>\n");
        String lost = input + ":1:35: warning: tag [PER Rubaie] inside the HTML markup <a …> is dropped;"
                + " its text is not in the cable's text [tag-in-markup]";

        Path out = dir.resolve("out.jsonl");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), input.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsOnlyOnce(lost);
        assertThat(Files.readString(out)).contains("\"text\":\"Maliki met him\\n\"");

        Result stats = CliTest.run("stats", input.toString());
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactly(lost);

        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(lost);
    }

    @Test
    void aNulPastTheBinaryCheckIsNamedAtItsPlaceAndReachesNoExport() throws IOException {
        byte[] head = "x".repeat(9000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = "\n[PER Rubaie  ] a\0b\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        Path input = Files.write(dir.resolve("late.txt"), bytes);

        Path out = dir.resolve("out.jsonl");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), input.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err()).contains(input + ":2:17: error: NUL character in the text");
        String jsonl = Files.readString(out);
        assertThat(jsonl).doesNotContain("\\u0000").contains("Rubaie a\uFFFDb");

        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).singleElement().asString().startsWith(input + ":2:17: error: NUL character").endsWith("[nul-byte]");

        Path inline = dir.resolve("inline");
        Result written = CliTest.run("export", "-f", "inline", "-o", inline.toString(), input.toString());
        assertThat(written.code()).as(written.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(inline.resolve("late.txt")).as("the cable's own format keeps its bytes").hasBinaryContent(bytes);
    }

    @Test
    void aWarningThatLosesNothingLeavesExportAt0() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(folder.resolve("b.txt"), "Rubaie met Iraq\n");
        Files.writeString(folder.resolve("b.ann"), "T1\tPER 0 6\tRubaiee\n");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), folder.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).contains("offsets kept [text-mismatch]");
    }

    /**
     * An entity of white space only ({@code [PER \u00A0 ]}) covers no token: conll and hf cannot carry it and name
     * it, and the export exits 1, as for any annotation an export drops (it printed the line with exit 0); jsonl
     * carries it, exit 0. It is a property of the data, so check says it too, at the tag (it said nothing, exit 0),
     * and the export's line stands at the same place in the same form, in place of the reading warning.
     */
    @Test
    void anEntityATokenFormatCannotCarryMakesThatExportExit1AndJsonlCarriesIt() throws IOException {
        Path input = Files.writeString(dir.resolve("ws.txt"), "Ali met [PER \u00A0 ] today .\n");
        String reading = input + ":1:9: warning: entity PER '\u00A0' is white space only, which is no token: conll and hf"
                + " exports leave it out (jsonl, doccano, brat and inline carry it) [blank-entity]";
        String line = input + ":1:9: warning: entity PER '\u00A0' covers no token and is not in this format; entity dropped"
                + " [not-carried]";
        for (String format : List.of("conll", "hf")) {
            Result export = CliTest.run("export", "-f", format, "-o", dir.resolve("out." + format).toString(), input.toString());
            assertThat(export.code()).as(format + ": " + export.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(export.err().lines()).as(format).containsOnlyOnce(line).doesNotContain(reading);
            assertThat(export.out()).as(format + ": counted with the problems, as it makes the export exit 1").contains("1 problem")
                    .doesNotContain("warning");
        }
        Result jsonl = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), input.toString());
        assertThat(jsonl.code()).as(jsonl.err()).isEqualTo(Cli.OK);
        assertThat(jsonl.err().lines()).containsOnlyOnce(reading);
        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(reading);
    }

    /** Written as a token line, a cable's -DOCSTART- splits the cable when read back: said at its place, exit 1 (was 0, unsaid). */
    @Test
    void aCablesTokenDocstartMakesTheConllExportExit1AndIsNamed() throws IOException {
        Path input = Files.writeString(dir.resolve("m.txt"), "Header line\n-DOCSTART- [PER Ali  ] met\n");
        Result export = CliTest.run("export", "-f", "conll", "-o", dir.resolve("m.conll").toString(), input.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsOnlyOnce(input + ":2:1: warning: the token '-DOCSTART-' reads as a document"
                + " start in CoNLL: read back (by cabletag, conlleval or Hugging Face), the cable is split there and the token"
                + " is lost [docstart-token]");
        assertThat(export.out()).contains("1 problem");
        Result jsonl = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("m.jsonl").toString(), input.toString());
        assertThat(jsonl.code()).as(jsonl.err()).isEqualTo(Cli.OK);
    }

    /** The same of a jsonl span over white space, named at its line ({@code ws.jsonl:2:1}), where it had no line or severity. */
    @Test
    void aJsonlSpanOverWhiteSpaceIsNamedAtItsLineByCheckAndByTheExport() throws IOException {
        Path input = Files.writeString(dir.resolve("ws.jsonl"), "{\"id\":\"d1\",\"text\":\"a b\"}\n"
                + "{\"id\":\"d2\",\"text\":\"a   b\",\"spans\":[{\"start\":1,\"end\":4,\"label\":\"LOC\"}]}\n");
        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(input + ":2:1: warning: entity LOC '   ' is white space only, which is"
                + " no token: conll and hf exports leave it out (jsonl, doccano, brat and inline carry it) [blank-entity]");
        Result export = CliTest.run("export", "-f", "conll", "-o", dir.resolve("ws.conll").toString(), input.toString());
        assertThat(export.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsOnlyOnce(input + ":2:1: warning: entity LOC '   ' covers no token and is not"
                + " in this format; entity dropped [not-carried]");
        Result stats = CliTest.run("stats", input.toString());
        assertThat(stats.code()).as("nothing is lost in reading").isEqualTo(Cli.OK);
    }
}
