package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.formats.reader.FileNameLimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code check} warns, with file:line:column and a code, about what would otherwise be read wrong in silence. */
class CheckWarningsTest extends WithTemporaryStore {

    private List<String> check(Path file) {
        Result result = CliTest.run("check", file.toString());
        assertThat(result.code()).as(result.out()).isEqualTo(Cli.PROBLEMS);
        return result.out().lines().toList();
    }

    @Test
    void offsetsThatAreNotWholeNumbersAreWarnedAbout() throws IOException {
        Path data = Files.writeString(dir.resolve("d.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"Rubaie met\", \"spans\": [{\"start\": 1.5, \"end\": 6, \"label\": \"PER\"}]}",
                "{\"id\": \"b\", \"text\": \"Rubaie met\", \"spans\": [{\"start\": \"0\", \"end\": 6, \"label\": \"PER\"}]}",
                "{\"id\": \"c\", \"text\": \"Rubaie met\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"PER\"}]}", ""));
        assertThat(check(data)).containsExactly(
                dir.resolve("d.jsonl") + ":1:1: warning: start 1.5 is not a whole number of characters; entity dropped [offset-not-integer]",
                dir.resolve("d.jsonl") + ":2:1: warning: start \"0\" is a string, not a number; read as 0 [offset-not-integer]");
        Path doccano = Files.writeString(dir.resolve("e.jsonl"),
                "{\"id\": \"a\", \"text\": \"Rubaie met\", \"label\": [[0, 6.25, \"PER\"], [7, 10, \"MISC\"]]}\n");
        assertThat(check(doccano)).containsExactly(
                dir.resolve("e.jsonl") + ":1:1: warning: end 6.25 is not a whole number of characters; entity dropped [offset-not-integer]");
    }

    @Test
    void idsWithANulOrLongerThanAFileNameAreWarnedAbout() throws IOException {
        String longId = "x".repeat(300);
        Path data = Files.writeString(dir.resolve("d.jsonl"), String.join("\n",
                "{\"id\": \"a\\u0000b\", \"text\": \"Rubaie\"}",
                "{\"id\": \"" + longId + "\", \"text\": \"Rubaie\"}",
                "{\"id\": \"" + "é".repeat(127) + "\", \"text\": \"254 bytes fit\"}", ""));
        assertThat(check(data)).containsExactly(
                dir.resolve("d.jsonl") + ":1:1: warning: id holds a NUL character; brat and inline exports write it as _ in file names [bad-id]",
                dir.resolve("d.jsonl") + ":2:1: warning: id is 300 bytes long, over the 255-byte limit of a file name; brat and inline "
                        + "exports shorten it to a prefix and a hash [long-id]");
    }

    @Test
    void aLongIdOrANulIdIsShortenedInABratExportAndTheOtherDocumentsAreExported() throws IOException {
        String longId = "é".repeat(200);
        Path data = Files.writeString(dir.resolve("d.jsonl"), String.join("\n",
                "{\"id\": \"" + longId + "\", \"text\": \"Rubaie\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"PER\"}]}",
                "{\"id\": \"" + longId + "2\", \"text\": \"Tehran\"}",
                "{\"id\": \"n\\u0000ul\", \"text\": \"Iraq\"}",
                "{\"id\": \"plain\", \"text\": \"Baghdad\"}", ""));
        Path brat = dir.resolve("brat");
        Result result = CliTest.run("export", "-f", "brat", "-o", brat.toString(), data.toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<Path> anns;
        try (Stream<Path> files = Files.walk(brat)) {
            anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        assertThat(anns).hasSize(4);
        assertThat(anns).allSatisfy(p -> assertThat(FileNameLimit.utf8Length(p.getFileName().toString())).isLessThanOrEqualTo(255));
        assertThat(anns).extracting(p -> p.getFileName().toString()).contains("plain.ann", "n_ul.ann");
        assertThat(anns.stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith("éé")).distinct()).hasSize(2);
        Path longAnn = anns.stream().filter(p -> p.getFileName().toString().startsWith("éé")).findFirst().orElseThrow();
        String txt = Files.readString(Path.of(longAnn.toString().replace(".ann", ".txt")), StandardCharsets.UTF_8);
        assertThat(txt).isIn("Rubaie", "Tehran");
    }

    @Test
    void tagLikeTextTheParserKeepsAsTextIsWarnedAbout() throws IOException {
        Path cable = Files.writeString(dir.resolve("c.txt"),
                "met [per Rubaie  ] in\n[ LOC Tehran ] and [see below] and [PER Ok  ] then [PER");
        assertThat(check(cable)).containsExactly(
                dir.resolve("c.txt") + ":1:5: warning: '[per …]' looks like a tag but its label is not in capitals; kept as text "
                        + "(a tag is written [PER text  ]) [lowercase-label]",
                dir.resolve("c.txt") + ":2:1: warning: '[ LOC …]' looks like a tag but has a space after '['; kept as text "
                        + "(a tag is written [LOC text  ]) [space-after-bracket]",
                dir.resolve("c.txt") + ":2:52: warning: tag [PER at the end of the file is never closed and is kept as text [unclosed-tag]");
    }

    @Test
    void ordinaryBracketsRaiseNothing() throws IOException {
        Path cable = Files.writeString(dir.resolve("c.txt"), "see [para 3] and [ sic ] and [PER Rubaie  ] [lower case]\n");
        Result result = CliTest.run("check", cable.toString());
        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).isEmpty();
    }
}
