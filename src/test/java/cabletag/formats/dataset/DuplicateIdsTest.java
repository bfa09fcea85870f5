package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.formats.reader.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two lines of one dataset file that give one id: each document gets its own (the store keys its corrections by
 * it, the window names its row by it, the export writes it), and the second is named with its line.
 */
class DuplicateIdsTest {

    @TempDir
    Path dir;

    private List<Document> read(String name, String... lines) throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        return name.endsWith(".conll") ? new ConllFormat().read(file, name) : new JsonlFormat().read(file, name);
    }

    private static List<String> lines(Document document) {
        return document.diagnostics().stream().map(d -> d.format(document.source().name())).toList();
    }

    @Test
    void theSecondDocumentOfAnIdGetsItsOwnAndIsNamedWithItsLine() throws IOException, FormatException {
        List<Document> documents = read("dup.jsonl",
                "{\"id\":\"d1\",\"text\":\"Ali went to Basra today\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}",
                "{\"id\":\"d1\",\"text\":\"Omar flew from Mosul\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"PER\"}]}",
                "{\"id\":\"d1\",\"text\":\"Third\"}");
        assertThat(documents).extracting(Document::id).containsExactly("d1", "d1-2", "d1-3");
        assertThat(lines(documents.get(0))).isEmpty();
        assertThat(lines(documents.get(1))).containsExactly(
                "dup.jsonl:2:1: warning: id d1 is the id of line 1 too; this document is d1-2 here [duplicate-id]");
        assertThat(lines(documents.get(2))).containsExactly(
                "dup.jsonl:3:1: warning: id d1 is the id of line 1 too; this document is d1-3 here [duplicate-id]");
        // a warning that loses nothing: the exit code stays 0, as for a long id
        assertThat(documents.get(1).diagnostics()).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.losesAnnotation()).isFalse();
        });
        assertThat(documents.get(1).text()).isEqualTo("Omar flew from Mosul");
        assertThat(DistinctIds.idAsRead(documents.get(1))).isEqualTo("d1");
        assertThat(DistinctIds.idAsRead(documents.get(0))).isEqualTo("d1");
    }

    @Test
    void aNewIdSkipsEveryIdTheFileGivesSoNoDocumentThatKeptItsIdLosesIt() throws IOException, FormatException {
        List<Document> documents = read("d.jsonl",
                "{\"id\":\"a\",\"text\":\"one\"}",
                "{\"id\":\"a\",\"text\":\"two\"}",
                "{\"id\":\"a-2\",\"text\":\"three\"}",
                "{\"id\":7,\"text\":\"four\"}",
                "{\"id\":\"7\",\"text\":\"five\"}",
                "{\"id\":\"a-2\",\"text\":\"six\"}");
        assertThat(documents).extracting(Document::id).containsExactly("a", "a-3", "a-2", "7", "7-2", "a-2-2");
        assertThat(lines(documents.get(4))).containsExactly(
                "d.jsonl:5:1: warning: id 7 is the id of line 4 too; this document is 7-2 here [duplicate-id]");
        assertThat(DistinctIds.idAsRead(documents.get(5))).isEqualTo("a-2");
    }

    @Test
    void aLineWithNoIdYieldsTheIdMadeForItToALineThatWritesIt() throws IOException, FormatException {
        List<Document> documents = read("data.jsonl",
                "{\"text\":\"one\"}",
                "{\"text\":\"two\"}",
                "{\"id\":\"data-2\",\"text\":\"three\"}");
        assertThat(documents).extracting(Document::id).containsExactly("data-1", "data-2-2", "data-2");
        assertThat(lines(documents.get(1))).containsExactly("data.jsonl:2:1: warning: this line has no id, and data-2, the id it"
                + " would be given, is the id of line 3; this document is data-2-2 here [duplicate-id]");
        assertThat(lines(documents.get(2))).isEmpty();
    }

    @Test
    void doccanoLinesAreToldApartAlike() throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve("doc.jsonl"),
                "{\"id\":5,\"text\":\"Ali\",\"label\":[[0,3,\"PER\"]]}\n{\"id\":5,\"text\":\"Omar\",\"label\":[[0,4,\"PER\"]]}\n");
        List<Document> documents = new DoccanoFormat().read(file, "doc.jsonl");
        assertThat(documents).extracting(Document::id).containsExactly("5", "5-2");
    }

    @Test
    void conllDocumentsAreNumberedSoTheirIdsNeverMeet() throws IOException, FormatException {
        // -DOCSTART- lines carry no id that is read: the documents are FILE-1, FILE-2, … in the file's order
        List<Document> documents = read("c.conll", "-DOCSTART- -X- -X- O", "", "Ali B-PER", "", "-DOCSTART- -X- -X- O", "",
                "Omar B-PER");
        assertThat(documents).extracting(Document::id).containsExactly("c-1", "c-2");
        assertThat(documents).allSatisfy(d -> assertThat(lines(d)).isEmpty());
    }

    @Test
    void aLongIdIsNamedAsTheIdTheDocumentEndsUpWith() throws IOException, FormatException {
        String id = "x".repeat(254);
        List<Document> documents = read("long.jsonl", "{\"id\":\"" + id + "\",\"text\":\"a\"}", "{\"id\":\"" + id + "\",\"text\":\"b\"}");
        assertThat(lines(documents.get(0))).isEmpty(); // 254 bytes fit a file name
        assertThat(documents.get(1).diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-id", "long-id");
    }
}
