package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A byte that is not UTF-8 in a dataset file costs the line (jsonl) or the document (CoNLL) it is in, named at its
 * line and column; the rest of the file is read. Before, the whole file was named "not UTF-8 text" at 1:1 and
 * every document in it was lost.
 */
class UndecodableLinesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        // \u00ff stands for the single byte 0xFF, which is no UTF-8
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    private ReadOutcome read(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        return CorpusReader.standard().readAll(List.of(dir.resolve(name))).get(0);
    }

    @Test
    void aJsonLineWithABadByteIsLeftOutAtItsPlaceAndTheOtherLinesAreRead() throws IOException {
        byte[] content = bytes("{\"text\":\"Ali met Bob\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}\n"
                + "{\"text\":\"Bob\"}\n{\"text\":\"a\u00ff b\"}\n");
        ReadOutcome outcome = read("u8b.jsonl", content);
        assertThat(outcome.documents()).extracting(Document::id).containsExactly("u8b-1", "u8b-2");
        assertThat(outcome.problems()).containsExactly(dir.resolve("u8b.jsonl") + ":3:11: error: not UTF-8 text: the byte 0xFF "
                + "is no UTF-8 character; this line is left out (0xFF is ÿ in Windows-1252: if the file was saved so, save it"
                + " as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8) [damaged-utf8]");
        // read from its path (a file too large to be read whole first) alike
        assertThat(badLines(() -> new JsonlFormat().read(dir.resolve("u8b.jsonl"), "u8b.jsonl")))
                .containsExactly("3:11");
    }

    @Test
    void aDoccanoFileIsReadPastItsBadLineToo() throws IOException {
        byte[] content = bytes("{\"text\":\"Ali\",\"label\":[[0,3,\"PER\"]]}\n{\"text\":\"\u00ff\",\"label\":[]}\n"
                + "{\"text\":\"Rome\",\"label\":[[0,4,\"LOC\"]]}\n");
        ReadOutcome outcome = read("d.jsonl", content);
        assertThat(outcome.documents()).extracting(Document::id).containsExactly("d-1", "d-3");
        assertThat(outcome.problems()).singleElement().asString().contains("d.jsonl:2:10: error: not UTF-8 text");
    }

    @Test
    void aConllLineWithABadByteCostsItsDocumentOnlyAndTheOthersKeepTheirIds() throws IOException {
        byte[] content = bytes("-DOCSTART- -X- -X- O\n\nAli B-PER\nmet O\n\n-DOCSTART- -X- -X- O\n\nB\u00ffob B-PER\n\n"
                + "-DOCSTART- -X- -X- O\n\nRome B-LOC\n");
        ReadOutcome outcome = read("u8b.conll", content);
        assertThat(outcome.documents()).extracting(Document::id).containsExactly("u8b-1", "u8b-3");
        assertThat(outcome.documents().get(1).text()).isEqualTo("Rome");
        assertThat(outcome.problems()).containsExactly(dir.resolve("u8b.conll") + ":8:2: error: not UTF-8 text: the byte 0xFF "
                + "is no UTF-8 character; the document of this line is left out (0xFF is ÿ in Windows-1252: if the file was"
                + " saved so, save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8) [damaged-utf8]");
    }

    @Test
    void aBadByteInADocstartLineCostsTheDocumentItOpensNotTheOneBefore() throws IOException {
        byte[] content = bytes("Ali B-PER\n\n-DOCSTART- \u00ff\n\nBob B-PER\n\n-DOCSTART-\n\nRome B-LOC\n");
        ReadOutcome outcome = read("s.conll", content);
        assertThat(outcome.documents()).extracting(Document::text).containsExactly("Ali", "Rome");
        assertThat(outcome.documents()).extracting(Document::id).containsExactly("s-1", "s-3");
        assertThat(outcome.problems()).singleElement().asString().contains("s.conll:3:12: error:");
    }

    @Test
    void aBadFirstLineOfAConllFileWithoutDocstartKeepsTheOtherDocumentsIds() throws IOException {
        byte[] content = bytes("\u00ff B-PER\n\n-DOCSTART-\n\nRome B-LOC\n");
        ReadOutcome outcome = read("f.conll", content);
        assertThat(outcome.documents()).extracting(Document::id).containsExactly("f-2");
    }

    private interface Reading {
        List<Document> read() throws Exception;
    }

    private static List<String> badLines(Reading reading) {
        try {
            reading.read();
        } catch (cabletag.formats.reader.BadLinesException e) {
            return e.badLines().stream().map(b -> b.line() + ":" + b.column()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return List.of();
    }
}
