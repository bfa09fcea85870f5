package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NUL in the text of a JSON line ({@code "Ali\u0000Bob"}) is read as a cable's NUL is: U+FFFD in its place,
 * one character for one, and one {@code [nul-byte]} error at the first one's escape, which counts as input lost.
 */
class NulInJsonTextTest {

    @TempDir
    Path dir;

    @Test
    void theTestersLineIsReadWithUfffdAndNamedAtTheEscape() throws Exception {
        Path file = Files.writeString(dir.resolve("q.jsonl"),
                "{\"id\":\"q\",\"text\":\"Ali\\u0000Bob met Rome\",\"spans\":[{\"start\":0,\"end\":7,\"label\":\"PER\"}]}\n");

        Document read = new JsonlFormat().read(file, "q.jsonl").get(0);

        assertThat(read.text()).isEqualTo("Ali\uFFFDBob met Rome");
        assertThat(read.spans()).extracting(span -> span.start() + "-" + span.end() + " " + span.label().name())
                .containsExactly("0-7 PER");
        assertThat(read.diagnostics()).extracting(d -> d.format("q.jsonl")).containsExactly(
                "q.jsonl:1:22: error: NUL character (\\u0000) in \"text\" at code point 3: no text holds one; it is read as"
                        + " U+FFFD (\uFFFD), one character for one, so no offset moves and no export carries it; the file itself"
                        + " is kept as it is [nul-byte]");
        assertThat(read.diagnostics()).allMatch(Diagnostic::losesAnnotation);
    }

    @Test
    void theColumnCountsCodePointsOfTheLineAsWrittenEscapesAndEmojiIncluded() throws Exception {
        // the escapes \n, \" and \u00e9 stand for one character each, the emoji for two UTF-16 units; a "text"
        // inside meta is not the text; doccano's shape is read by the same reader
        Path file = Files.writeString(dir.resolve("d.jsonl"),
                "{\"meta\":{\"text\":\"x\"},\"text\":\"\\n\\\"\\u00e9\uD83D\uDE00a\\u0000b\\u0000\",\"label\":[[0,1,\"PER\"]]}\n");

        Document read = new DoccanoFormat().read(file, "d.jsonl").get(0);

        assertThat(read.text()).isEqualTo("\n\"\u00e9\uD83D\uDE00a\uFFFDb\uFFFD");
        Diagnostic nul = read.diagnostics().get(0);
        // {"meta":{"text":"x"},"text":"  is 29 code points; then \n \" \u00e9 (10), the emoji (1), a (1): the escape is at 42
        assertThat(nul.line() + ":" + nul.column()).isEqualTo("1:42");
        assertThat(nul.message()).contains("at code point 5", "it and 1 more NUL character after it are read as U+FFFD");
    }

    @Test
    void aTextWithoutNulIsAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.jsonl"), "{\"text\":\"Ali Bob\"}\n");

        List<Document> read = new JsonlFormat().read(file, "ok.jsonl");

        assertThat(read.get(0).text()).isEqualTo("Ali Bob");
        assertThat(read.get(0).diagnostics()).isEmpty();
    }
}
