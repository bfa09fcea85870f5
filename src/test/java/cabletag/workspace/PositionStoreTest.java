package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the analyst left off: kept per set of cables, found again however the set is opened, damage named. */
class PositionStoreTest {

    @TempDir
    Path temp;
    Path corpus;
    StoreLocation store;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        Files.writeString(corpus.resolve("b.txt"), "Plain text .\n");
        Files.writeString(corpus.resolve("c.txt"), "[ORG GoI  ] and [PER Jalili  ] and [PER Jalili  ] .\n");
        store = new StoreLocation(temp.resolve("home"));
    }

    private Workspace open(Path... inputs) throws Exception {
        return Workspace.open(List.of(inputs), store, null);
    }

    private static Span span(Workspace workspace, int cable, String text, int nth) {
        var document = workspace.document(cable);
        return document.spans().stream().filter(s -> document.textOf(s).equals(text)).skip(nth).findFirst().orElseThrow();
    }

    private Path onlyPositionFile() throws Exception {
        try (var files = Files.list(store.root().resolve(PositionStore.FOLDER))) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(json).hasSize(1);
            return json.get(0);
        }
    }

    @Test
    void aFirstOpenHasNoPosition() throws Exception {
        try (Workspace workspace = open(corpus)) {
            assertThat(workspace.lastPosition()).isEmpty();
            assertThat(workspace.problems()).isEmpty();
        }
    }

    @Test
    void theCableAndEntityAreFoundAgainWhenTheSameFilesAreOpenedOneByOneInAnotherOrder() throws Exception {
        Span second;
        try (Workspace workspace = open(corpus)) {
            int c = workspace.indexOf("c.txt").orElseThrow();
            second = span(workspace, c, "Jalili", 1);
            workspace.rememberPosition(c, second);
        }
        try (Workspace again = open(corpus.resolve("c.txt"), corpus.resolve("b.txt"), corpus.resolve("a.txt"))) {
            Optional<Position> last = again.lastPosition();
            assertThat(last).contains(new Position(again.indexOf("c.txt").orElseThrow(), second));
            // named in another order, the same cables list in the same order (by path)
            assertThat(again.indexOf("c.txt").orElseThrow()).as("another order, the same list").isEqualTo(2);
        }
        try (Workspace other = open(corpus.resolve("a.txt"))) {
            assertThat(other.lastPosition()).as("another set of cables has its own position").isEmpty();
        }
    }

    /** {@code par/in2} holding the corpus's cables: opened as {@code in2} or as {@code par}, the same cables. */
    private Path foldedIntoParent() throws Exception {
        Path in2 = Files.createDirectories(temp.resolve("par").resolve("in2"));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.move(corpus.resolve(name), in2.resolve(name));
        }
        return in2;
    }

    /**
     * The folder and its parent name the same cables ("c.txt" under the folder, "in2/c.txt" under the parent)
     * and the set's key is the same, but the cable was matched by that name too: the position was found and
     * its cable missed, so the window started afresh and wrote over it.
     */
    @Test
    void whereTheFolderWasLeftOffIsFoundWhenItsParentIsOpened() throws Exception {
        Path in2 = foldedIntoParent();
        Span second;
        try (Workspace folder = open(in2)) {
            int c = folder.indexOf("c.txt").orElseThrow();
            second = span(folder, c, "Jalili", 1);
            folder.rememberPosition(c, second);
        }
        try (Workspace parent = open(in2.getParent())) {
            assertThat(parent.lastPosition()).contains(new Position(parent.indexOf("in2/c.txt").orElseThrow(), second));
        }
        assertThat(Files.readString(onlyPositionFile())).as("not written over by a fresh start")
                .contains("\"cable\" : \"" + in2.toRealPath().resolve("c.txt") + "\"", "\"name\" : \"c.txt\"");
    }

    @Test
    void whereTheParentWasLeftOffIsFoundWhenTheFolderIsOpened() throws Exception {
        Path in2 = foldedIntoParent();
        Span second;
        try (Workspace parent = open(in2.getParent())) {
            int c = parent.indexOf("in2/c.txt").orElseThrow();
            second = span(parent, c, "Jalili", 1);
            parent.rememberPosition(c, second);
        }
        try (Workspace folder = open(in2)) {
            assertThat(folder.lastPosition()).contains(new Position(folder.indexOf("c.txt").orElseThrow(), second));
        }
        assertThat(Files.readString(onlyPositionFile())).as("not written over by a fresh start")
                .contains("\"cable\" : \"" + in2.toRealPath().resolve("c.txt") + "\"", "\"name\" : \"in2/c.txt\"");
    }

    /** A dataset file is many cables of one path: the document's id says which, opened either way. */
    @Test
    void aDocumentOfADatasetFileIsFoundAgainByItsIdOpenedEitherWay() throws Exception {
        Path parent = temp.resolve("par");
        Path folder = Files.createDirectories(parent.resolve("ds"));
        Files.writeString(folder.resolve("a.txt"), "[PER Rubaie  ] .\n");
        Files.writeString(folder.resolve("data.jsonl"),
                "{\"id\":\"d1\",\"text\":\"Rubaie met\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"d2\",\"text\":\"In Najaf\",\"spans\":[{\"start\":3,\"end\":8,\"label\":\"LOC\"}]}\n");
        int d2;
        try (Workspace workspace = open(folder)) {
            d2 = rowOf(workspace, "data.jsonl#d2");
            workspace.rememberPosition(d2, new Span(3, 8, Label.LOC));
        }
        assertThat(Files.readString(onlyPositionFile())).contains("\"name\" : \"data.jsonl\"", "\"id\" : \"d2\"");
        try (Workspace again = open(folder)) {
            assertThat(again.lastPosition()).as("not the file's first document").contains(new Position(d2, new Span(3, 8, Label.LOC)));
        }
        try (Workspace throughParent = open(parent)) {
            int row = rowOf(throughParent, "ds/data.jsonl#d2");
            assertThat(throughParent.lastPosition()).contains(new Position(row, new Span(3, 8, Label.LOC)));
        }
    }

    private static int rowOf(Workspace workspace, String rowName) {
        for (int cable = 0; cable < workspace.size(); cable++) {
            if (workspace.rowName(cable).equals(rowName)) {
                return cable;
            }
        }
        throw new AssertionError("no row " + rowName);
    }

    /**
     * The key names the set by the real paths its position file names its cable by, so a stored path not in
     * the set is a file written otherwise (by hand, an older cabletag, with no id): the cable is then found by
     * its name under its input.
     */
    @Test
    void aStoredPathNotInTheSetFallsBackToTheCablesName() throws Exception {
        try (Workspace workspace = open(corpus)) {
            workspace.rememberPosition(workspace.indexOf("c.txt").orElseThrow(), null);
        }
        Path file = onlyPositionFile();
        Files.writeString(file, "{\"version\": 1, \"cable\": \"/elsewhere/c.txt\", \"name\": \"c.txt\"}");
        try (Workspace again = open(corpus)) {
            assertThat(again.lastPosition()).contains(new Position(again.indexOf("c.txt").orElseThrow(), null));
            assertThat(again.problems()).isEmpty();
        }
    }

    @Test
    void aCableWithNoEntitySelectedIsFoundAgainWithNone() throws Exception {
        try (Workspace workspace = open(corpus)) {
            workspace.rememberPosition(workspace.indexOf("b.txt").orElseThrow(), null);
        }
        try (Workspace again = open(corpus)) {
            assertThat(again.lastPosition()).contains(new Position(again.indexOf("b.txt").orElseThrow(), null));
        }
        String json = Files.readString(onlyPositionFile());
        assertThat(json).contains("\"version\" : 1", "\"name\" : \"b.txt\"").doesNotContain("entity");
    }

    @Test
    void anEntityMovedByAnEditOfTheFileIsFoundByItsLabelAndText() throws Exception {
        Span jalili;
        try (Workspace workspace = open(corpus)) {
            int c = workspace.indexOf("c.txt").orElseThrow();
            jalili = span(workspace, c, "Jalili", 1);
            workspace.rememberPosition(c, jalili);
        }
        Files.writeString(corpus.resolve("c.txt"), "A line .\n[ORG GoI  ] and [PER Jalili  ] and [PER Jalili  ] .\n");
        try (Workspace again = open(corpus)) {
            int c = again.indexOf("c.txt").orElseThrow();
            assertThat(again.lastPosition()).contains(new Position(c, new Span(jalili.start() + 9, jalili.end() + 9, Label.PER)));
        }
    }

    @Test
    void aDamagedPositionFileIsNamedInTheProblemsAndWrittenAnewOnTheNextMove() throws Exception {
        try (Workspace workspace = open(corpus)) {
            workspace.rememberPosition(0, null);
        }
        Path file = onlyPositionFile();
        Files.writeString(file, "{\"version\": 1, \"cable\": ");
        try (Workspace again = open(corpus)) {
            assertThat(again.lastPosition()).isEmpty();
            assertThat(again.problems()).singleElement().satisfies(problem -> assertThat(problem)
                    .contains(file.toString(), "could not be read", "not JSON (line 1"));
            again.rememberPosition(1, null);
        }
        try (Workspace third = open(corpus)) {
            assertThat(third.lastPosition()).contains(new Position(1, null));
            assertThat(third.problems()).isEmpty();
        }
    }

    @Test
    void aPositionFileOfAnotherShapeIsNamedAsDamagedToo() throws Exception {
        try (Workspace workspace = open(corpus)) {
            workspace.rememberPosition(0, null);
        }
        Path file = onlyPositionFile();
        for (String damaged : List.of("[]", "{\"version\": 7, \"cable\": \"x\", \"name\": \"a.txt\"}",
                "{\"version\": 1, \"name\": \"a.txt\"}",
                "{\"version\": 1, \"cable\": \"x\", \"name\": \"a.txt\", \"entity\": {\"start\": 5, \"end\": 2, \"label\": \"PER\", \"text\": \"x\", \"occurrence\": 0}}")) {
            Files.writeString(file, damaged);
            try (Workspace again = open(corpus)) {
                assertThat(again.lastPosition()).as(damaged).isEmpty();
                assertThat(again.problems()).as(damaged).singleElement().satisfies(p -> assertThat(p).contains(file.toString()));
            }
        }
    }

    @Test
    void theStoreWritesAndReadsOneSmallFile() throws Exception {
        PositionStore positions = new PositionStore(temp.resolve("root"));
        assertThat(positions.load("k")).isEmpty();
        var stored = new PositionStore.Stored("/real/a.txt", "a.txt", "a", new Span(3, 9, Label.ORG), "Tehran", 2);
        positions.save("k", stored);
        assertThat(positions.load("k")).contains(stored);
        assertThat(positions.fileOf("k")).isEqualTo(temp.resolve("root").resolve("positions").resolve("k.json"));
    }
}
