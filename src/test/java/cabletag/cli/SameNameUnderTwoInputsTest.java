package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two folders named on the command line that each hold a {@code c.txt}, as testers found them: {@code check x y}
 * printed two lines that both started {@code c.txt:}, so nobody could tell which file was broken, and the
 * export gave {@code y/c.txt} the id {@code c-2} without a word. Now every line names the file as the user
 * named it ({@code x/c.txt}, {@code y/c.txt}), whatever else is named with it and in any order; the data do
 * not: the ids and {@code meta.source} stay the names under the input named ({@code c.txt} for both), and when
 * two ids clash the later one in input order gets {@code -2} and a note names both files as named.
 */
class SameNameUnderTwoInputsTest extends WithTemporaryStore {

    private Path x;
    private Path y;

    @BeforeEach
    void twoFoldersWithACableOfOneName() throws IOException {
        x = Files.createDirectories(dir.resolve("parent/x"));
        y = Files.createDirectories(dir.resolve("parent/y"));
        Files.writeString(x.resolve("c.txt"), "Met [PER Rubaie  ] in [LOC Tehran  ] .\n[PER never closed\n");
        Files.writeString(x.resolve("d.txt"), "Other [LOC Iraq  ] .\n");
        Files.writeString(y.resolve("c.txt"), "Saw [ORG GOI  ] and [PER never closed\n");
        // x and y are not all their folder holds: named so, they are two inputs (all of it, they would be the folder)
        Files.createDirectories(dir.resolve("parent/z"));
    }

    @Test
    void checkNamesEachBrokenFileUnderTheInputItWasNamedBy() {
        CliTest.Result check = CliTest.run("check", x.toString(), y.toString());

        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(
                x.resolve("c.txt") + ":2:1: warning: tag [PER …] is never closed and is kept as text [unclosed-tag]",
                y.resolve("c.txt") + ":1:21: warning: tag [PER …] is never closed and is kept as text [unclosed-tag]");
        // the same lines whatever order the inputs are named in, and each file's line the same alone
        assertThat(CliTest.run("check", y.toString(), x.toString()).out()).isEqualTo(check.out());
        assertThat(CliTest.run("check", y.toString()).out().lines()).containsExactly(check.out().lines().toList().get(1));
    }

    @Test
    void theExportNamesTheProblemsAsCheckDoesAndTheClashInANote() throws IOException {
        Path out = dir.resolve("out.jsonl");
        CliTest.Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), x.toString(), y.toString());

        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK); // a tag never closed loses nothing: a warning
        assertThat((export.out() + export.err()).lines().filter(line -> line.contains("[unclosed-tag]")))
                .isEqualTo(CliTest.run("check", x.toString(), y.toString()).out().lines().toList());
        // the data name each file under its input, however that was named; which c is which, the note says
        assertThat(sources(out)).containsExactly(
                Map.entry("c", "c.txt"),
                Map.entry("d", "d.txt"),
                Map.entry("c-2", "c.txt"));
        // the clash of the two ids is said in one line, naming both files
        assertThat((export.out() + export.err()).lines().filter(line -> line.startsWith("note: "))).containsExactly(
                "note: the id c went to " + x.resolve("c.txt") + ", earlier in input order, so " + y.resolve("c.txt")
                        + " is exported as c-2 (a name is the path under the input named, which two inputs can share; "
                        + "name a folder that holds both to have them apart by their folders)");
    }

    @Test
    void theIdsAndSourcesDoNotChangeWithTheOrderOfTheInputs() throws IOException {
        Map<String, String> both = sources(export("both.jsonl", x, y));
        Map<String, String> reversed = sources(export("reversed.jsonl", y, x));
        Map<String, String> yAlone = sources(export("y.jsonl", y));

        assertThat(dir.resolve("reversed.jsonl")).as("another order, the same bytes").hasSameBinaryContentAs(dir.resolve("both.jsonl"));
        assertThat(both).isEqualTo(reversed);
        assertThat(yAlone).containsExactly(Map.entry("c", "c.txt"));
        // named by their common folder, they are apart by their folders: no id clashes
        assertThat(sources(export("parent.jsonl", x.getParent()))).containsExactly(
                Map.entry("x/c", "x/c.txt"),
                Map.entry("x/d", "x/d.txt"),
                Map.entry("y/c", "y/c.txt"));
    }

    @Test
    void twoFoldersThatAreAllTheirFolderHoldsAreThatFolder() throws IOException {
        Files.delete(dir.resolve("parent/z"));
        CliTest.Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("xy.jsonl").toString(), y.toString(), x.toString());

        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(sources(dir.resolve("xy.jsonl"))).as("parent/* is parent").containsExactly(
                Map.entry("x/c", "x/c.txt"),
                Map.entry("x/d", "x/d.txt"),
                Map.entry("y/c", "y/c.txt"));
        assertThat(export.err()).doesNotContain("note: ");
    }

    @Test
    void aFolderExportNamesTheClashOfTwoFileNamesToo() throws IOException {
        Path out = dir.resolve("brat");
        CliTest.Result export = CliTest.run("export", "-f", "brat", "-o", out.toString(), y.toString(), x.toString());

        assertThat(Files.exists(out.resolve("c.txt"))).isTrue();
        assertThat(Files.readString(out.resolve("c-2.txt"))).startsWith("Saw GOI");
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
        assertThat((export.out() + export.err()).lines().filter(line -> line.startsWith("note: "))).singleElement().asString()
                .startsWith("note: the name c went to " + x.resolve("c.txt") + ", earlier in input order, so "
                        + y.resolve("c.txt") + " is exported as c-2 (");
    }

    @Test
    void namesThatMeetOnlyOnceTheirControlCharactersAreReplacedSaySoNotThatTwoInputsShareThem() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.writeString(one.resolve("a\tb.txt"), "[PER A  ] x\n");
        Files.writeString(one.resolve("a_b.txt"), "[PER C  ] z\n");
        CliTest.Result export = CliTest.run("export", "-f", "brat", "-o", dir.resolve("brat").toString(), one.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
        assertThat((export.out() + export.err()).lines().filter(line -> line.startsWith("note: "))).singleElement().asString()
                .contains("is exported as a_b-2 (a file name cannot hold some of their characters")
                .doesNotContain("two inputs");
    }

    private Path export(String name, Path... inputs) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", "jsonl", "-o", out.toString()));
        for (Path input : inputs) {
            args.add(input.toString());
        }
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.OK);
        return out;
    }

    /** Each exported document's id and meta.source, in the file's order. */
    private static Map<String, String> sources(Path jsonl) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode document = json.readTree(line);
            sources.put(document.get("id").asText(), document.get("meta").get("source").asText());
        }
        return sources;
    }
}
