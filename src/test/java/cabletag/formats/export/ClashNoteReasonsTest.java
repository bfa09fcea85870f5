package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note of a clash of ids or names gives the reason that holds. Testers found two lines of id {@code d1} in
 * one {@code a.jsonl} exported inline with the note "… their names differ in the extension alone" (the reason was
 * chosen by comparing {@code ds/a.jsonl#d1} with itself, cut at its last dot), and {@code -f jsonl} saying nothing
 * although the second came out as {@code a/d1}. Each shape here had a reason that did not hold.
 */
class ClashNoteReasonsTest {

    private static final String EXTENSION_ALONE = "differ in the extension alone";
    private static final String TWO_INPUTS = "two inputs can share";

    @TempDir
    Path dir;

    /** The folders a test names are not all {@code dir} holds: named so, they stay inputs of their own. */
    @org.junit.jupiter.api.BeforeEach
    void anotherEntry() throws IOException {
        Files.createDirectories(dir.resolve("zz-not-named"));
    }

    private List<String> notes(ExportFormat format, Path... inputs) throws IOException {
        List<Document> documents = ExportTestSupport.read(inputs);
        Path target = dir.resolve("out-" + format.cliName() + (format.writesFolder() ? "" : ".jsonl"));
        return ExportTestSupport.export(ExportOptions.of(format), documents, target).notes();
    }

    private Path dataset(String name, String... ids) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            lines.append("{\"id\":\"").append(id).append("\",\"text\":\"T ").append(lines.length()).append("\",\"spans\":[]}\n");
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, lines);
    }

    private Path cable(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Met [PER " + file.getFileName() + "  ] .");
    }

    @Test
    void documentsOfOneIdInOneDatasetFileNoLongerMeetHereTheReaderGivesEachItsOwn() throws IOException {
        // the reader gives the second and third d1-2 and d1-3, with its duplicate-id warning (DuplicateIdsTest):
        // the ids the window and the store know them by, so no format renames them and no note is needed
        Path a = dataset("ds/a.jsonl", "d1", "d1", "d1");
        for (ExportFormat format : List.of(ExportFormat.JSONL, ExportFormat.DOCCANO, ExportFormat.HF, ExportFormat.INLINE,
                ExportFormat.BRAT)) {
            assertThat(notes(format, a.getParent())).as(format.cliName()).isEmpty();
        }
    }

    @Test
    void aCableWhoseIdADatasetsDocumentHasSaysSo() throws IOException {
        Path data = dataset("in/data.jsonl", "q");
        Path q = cable("in/q.txt");

        String reason = "a dataset's document keeps the id its file gives it, a cable's id is its path without extension,"
                + " and here the two are one)";
        assertThat(notes(ExportFormat.JSONL, q.getParent())).containsExactly("the id q went to " + data + "#q, earlier in input order, so "
                + q + " is exported as q-2 (" + reason);
        // read again, the inline folder gives the cable the id q-2 as jsonl does: the note says why it is not q.txt
        assertThat(notes(ExportFormat.INLINE, q.getParent())).containsExactly("the id q went to " + data + "#q, earlier in input order, so "
                + q + " is exported as q-2.txt (" + reason);
    }

    @Test
    void anIdThatAnotherHasOnlyBecauseOfAClashOfItsOwnIsSaidSo() throws IOException {
        Path x = Files.createDirectories(dir.resolve("x"));
        Path y = Files.createDirectories(dir.resolve("y"));
        Path html = cable("x/c.html");
        Path txt = cable("x/c.txt");
        Path natural = cable("y/c-2.txt");

        List<String> jsonl = notes(ExportFormat.JSONL, x, y);
        assertThat(jsonl).containsExactly(
                "the id c went to " + html + ", earlier in input order, so " + txt + " is exported as c-2 (their names "
                        + EXTENSION_ALONE + ", which a cable's id leaves out)",
                "the id c-2 went to " + txt + ", earlier in input order, so " + natural + " is exported as c-2-2 (" + txt
                        + " has that id only because its own, c, was taken)");
        assertThat(notes(ExportFormat.INLINE, x, y)).containsExactly(
                "the name c went to " + html + ", earlier in input order, so " + txt + " is exported as c-2.txt (their names "
                        + EXTENSION_ALONE + ", which a cable's id leaves out)",
                "the name c-2 went to " + txt + ", earlier in input order, so " + natural + " is exported as c-2-2.txt (" + txt
                        + " has that name only because its own, c, was taken)");
    }

    /** {@code p/q} and {@code p:q} are {@code p_q} as file names: they met in "their names differ in the extension alone". */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"p/q", "p:q"})
    void twoIdsThatMeetOnlyAsFileNamesSaySo(String id) throws IOException {
        Path a = dataset("ds/a.jsonl", id, "p_q");

        assertThat(notes(ExportFormat.INLINE, a.getParent())).singleElement().asString()
                .contains("so " + a + "#p_q is exported as a/p_q-2.txt (a file name cannot hold some of their characters")
                .doesNotContain(TWO_INPUTS).doesNotContain(EXTENSION_ALONE);
    }

    /** A name shortened alike under two inputs meets for the two inputs, not for its shortening. */
    @Test
    void aLongNameUnderTwoInputsIsSaidAsTwoInputsSharingIt() throws IOException {
        String name = "x".repeat(246) + ".txt"; // fits a file system, not the room an export keeps for -2 and .ann
        Path x = cable("x/" + name).getParent();
        Path y = cable("y/" + name).getParent();

        assertThat(notes(ExportFormat.INLINE, x, y)).singleElement().asString().contains(TWO_INPUTS);
    }

    @Test
    void aFileThatWouldNeedTheNameOfAFolderSaysSo() throws IOException {
        Path x = Files.createDirectories(dir.resolve("x"));
        Path y = Files.createDirectories(dir.resolve("y"));
        Path inFolder = cable("x/n/m.txt");
        Path file = cable("y/n");

        assertThat(notes(ExportFormat.INLINE, x, y)).containsExactly("the name n went to " + inFolder + ", earlier in input order, so "
                + file + " is exported as n-2 (n is a folder of the export, for " + inFolder + ", and a file cannot have a folder's name)");
    }

    @Test
    void documentsOfDatasetsWhoseFilesDifferInTheExtensionAloneSaySo() throws IOException {
        Path jsonl = dataset("ds/a.jsonl", "d1");
        Path ndjson = dataset("ds/a.ndjson", "d1");

        assertThat(notes(ExportFormat.INLINE, jsonl.getParent())).containsExactly("the name a/d1 went to " + jsonl
                + "#d1, earlier in input order, so " + ndjson + "#d1 is exported as a/d1-2.txt (their files' names " + EXTENSION_ALONE + ")");
    }

    @Test
    void cablesOfOneNameUnderTwoInputsKeepTheirReason() throws IOException {
        Path x = Files.createDirectories(dir.resolve("x"));
        Path y = Files.createDirectories(dir.resolve("y"));
        Path first = cable("x/c.txt");
        Path second = cable("y/c.html");

        for (ExportFormat format : List.of(ExportFormat.JSONL, ExportFormat.BRAT, ExportFormat.INLINE)) {
            assertThat(notes(format, x, y)).as(format.cliName()).singleElement().asString()
                    .startsWith("the " + (format == ExportFormat.JSONL ? "id" : "name") + " c went to " + first
                            + ", earlier in input order, so " + second + " is exported as c-2")
                    .contains(TWO_INPUTS).doesNotContain(EXTENSION_ALONE);
        }
    }
}
