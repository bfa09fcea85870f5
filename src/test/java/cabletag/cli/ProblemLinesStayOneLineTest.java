package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A problem that quotes text of its file (an entity over a line break, an escape sequence in a tag, a U+2028)
 * is printed on one line with those characters escaped, by every command that names problems.
 */
class ProblemLinesStayOneLineTest extends WithTemporaryStore {

    private static final String ESC = "\u001B";

    /** The tester's three files: a crossing entity over a line break, an ESC in a brat text and in a tag in markup. */
    private List<Path> inputs() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("x.jsonl"), "{\"text\":\"Ali\\nBob x\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"PER\"},"
                + "{\"start\":4,\"end\":9,\"label\":\"ORG\"}]}\n"
                + "{\"text\":\"Ali\\r\\u2028\\u2029\\u0085Bob x\",\"spans\":[{\"start\":0,\"end\":8,\"label\":\"PER\"},"
                + "{\"start\":7,\"end\":12,\"label\":\"ORG\"}]}\n"
                + "{\"text\":\"Ali\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"P\\ud800\"}]}\n");
        Path ann = Files.writeString(dir.resolve("z.ann"), "T1\tPER 0 3\tAl" + ESC + "[31mi\n");
        Files.writeString(dir.resolve("z.txt"), "Ali\n");
        Path html = Files.writeString(dir.resolve("h.html"), "<p>x <a title=\"[PER Rub" + ESC + "aie  ]\">x</a></p>\n");
        return List.of(jsonl, ann, html);
    }

    private static String[] with(List<Path> inputs, String... command) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        inputs.forEach(input -> args.add(input.toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void checkPrintsEachProblemOnOneLineWithItsControlsEscaped() throws IOException {
        List<Path> inputs = inputs();

        Result check = CliTest.run(with(inputs, "check"));

        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().split("\n", -1)).containsExactly(
                dir.resolve("h.html") + ":1:16: warning: tag [PER Rub\\u001Baie] inside the HTML markup <a …> is dropped;"
                        + " its text is not in the cable's text [tag-in-markup]",
                dir.resolve("x.jsonl") + ":1:1: warning: entity ORG 'Bob x' crosses the PER entity 'Ali\\nB'; entity dropped [overlap]",
                dir.resolve("x.jsonl") + ":2:1: warning: entity ORG 'Bob x' crosses the PER entity 'Ali\\r\\u2028\\u2029\\u0085B';"
                        + " entity dropped [overlap]",
                dir.resolve("x.jsonl") + ":3:1: warning: the label holds an unpaired surrogate U+D800 at code point 1, which is not"
                        + " a character (no UTF-8 file can hold it); entity dropped [bad-label]",
                dir.resolve("z.ann") + ":1:12: warning: annotation text 'Al\\u001B[31mi' differs from the .txt at 0-3 ('Ali');"
                        + " offsets kept [text-mismatch]",
                "");
        assertThat(check.out()).doesNotContain(ESC, "\r", "\u2028", "\u2029", "\u0085", "\uD800");
    }

    @Test
    void exportStatsReportAndSuggestNameTheirProblemsOneLineEach() throws IOException {
        List<Path> inputs = inputs();
        List<String> checked = CliTest.run(with(inputs, "check")).out().lines().toList();
        // stats names what was lost; the brat text that differs loses nothing (its offsets are kept)
        List<String> lost = checked.stream().filter(line -> !line.endsWith("[text-mismatch]")).toList();

        Result export = CliTest.run(with(inputs, "export", "-q", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString()));
        Result stats = CliTest.run(with(inputs, "stats"));
        Result report = CliTest.run(with(inputs, "report"));
        Result suggest = CliTest.run(with(inputs, "suggest"));

        assertThat(export.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines().toList()).containsExactlyInAnyOrderElementsOf(checked);
        assertThat(stats.err().lines().toList()).containsExactlyInAnyOrderElementsOf(lost);
        // report and suggest exit 1 for the same losses, so they name them too
        assertThat(report.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(report.err().lines().toList()).containsExactlyInAnyOrderElementsOf(lost);
        assertThat(suggest.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(suggest.err().lines().filter(line -> !line.startsWith("note: ")).toList()).containsExactlyInAnyOrderElementsOf(lost);
        assertThat(export.err() + stats.err() + report.err() + suggest.err()).doesNotContain(ESC, "\r", "\u2028", "\u2029", "\u0085", "\uD800");
    }
}
