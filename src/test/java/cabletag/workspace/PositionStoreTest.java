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
        var stored = new PositionStore.Stored("/real/a.txt", "a.txt", new Span(3, 9, Label.ORG), "Tehran", 2);
        positions.save("k", stored);
        assertThat(positions.load("k")).contains(stored);
        assertThat(positions.fileOf("k")).isEqualTo(temp.resolve("root").resolve("positions").resolve("k.json"));
    }
}
