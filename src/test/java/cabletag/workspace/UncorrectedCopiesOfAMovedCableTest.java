package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.MovedFilesRoutes.Seen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrected cable beside an identical copy that was never corrected, then moved or renamed: the corrections go
 * back to the file that was the corrected one when its place tells it, never to the copy as well; when nothing
 * tells which of the two it is, both are named and the store is left as it is. Found from outside: with one
 * stored cable of a text gone from its place, every file of that text took its corrections.
 */
class UncorrectedCopiesOfAMovedCableTest {

    static final String CABLE = CorrectionStoreTest.CABLE;
    static final Span RUBAIE = CorrectionStoreTest.RUBAIE;
    static final Span TEHRAN = CorrectionStoreTest.TEHRAN;
    static final Span ERBIL = CorrectionStoreTest.ERBIL;
    static final List<Span> AS_READ = List.of(RUBAIE, TEHRAN, ERBIL);
    /** a.txt once corrected: Rubaie an ORG. */
    static final List<Span> AS_CORRECTED = List.of(Span.of(0, 6, "ORG"), TEHRAN, ERBIL);
    static final Seen UNTOUCHED = new Seen(AS_READ, ReviewStatus.NEW, List.of(), List.of());

    @TempDir
    Path temp;
    Path data;
    Path c3;
    StoreLocation store;
    MovedFilesRoutes routes;

    @BeforeEach
    void writeCorpus() throws IOException {
        data = Files.createDirectories(temp.resolve("data"));
        c3 = Files.createDirectories(data.resolve("c3"));
        store = new StoreLocation(temp.resolve("home"));
        routes = new MovedFilesRoutes(temp, data, store);
        Files.writeString(c3.resolve("a.txt"), CABLE);
        Files.copy(c3.resolve("a.txt"), c3.resolve("b.txt"));
        Files.writeString(c3.resolve("unique.txt"), "[ORG GoI  ] said so .\n");
    }

    /** Relabels Rubaie an ORG in each of these files of c3, in the window. */
    private void correct(String... names) throws IOException {
        try (Workspace workspace = Workspace.open(List.of(c3), store, null)) {
            for (String name : names) {
                workspace.relabel(workspace.indexOf(name).orElseThrow(), RUBAIE, Label.ORG);
            }
        }
    }

    private Seen putBack(String wasAt) throws IOException {
        return new Seen(AS_CORRECTED, ReviewStatus.IN_PROGRESS, List.of(), List.of("note: the corrections made when this cable was at "
                + data.toRealPath().resolve(wasAt) + " are put back (same text; the file was moved or renamed)."));
    }

    @Test
    void aMovedFolderGivesTheCorrectionsToTheFileOfTheirNameAndNothingToItsCopy() throws IOException {
        correct("a.txt");
        Path moved = Files.move(c3, data.resolve("c3moved"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(moved), List.of(data),
                List.of(moved.resolve("b.txt"), moved.resolve("a.txt")), List.of(moved.resolve("b.txt"))));

        assertThat(seen.get("c3moved/a.txt")).isEqualTo(putBack("c3/a.txt"));
        assertThat(seen.get("c3moved/b.txt")).isEqualTo(UNTOUCHED);
    }

    @Test
    void copiesCorrectedAlikeMovedWithACopyNeverCorrectedLeaveThatOneAsItWas() throws IOException {
        Files.copy(c3.resolve("a.txt"), c3.resolve("c.txt"));
        correct("a.txt", "b.txt");
        Path moved = Files.move(c3, data.resolve("c3moved"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(moved), List.of(moved.resolve("c.txt"))));

        assertThat(seen.get("c3moved/a.txt")).isEqualTo(putBack("c3/a.txt"));
        assertThat(seen.get("c3moved/b.txt")).isEqualTo(putBack("c3/b.txt"));
        assertThat(seen.get("c3moved/c.txt")).isEqualTo(UNTOUCHED);
    }

    @Test
    void aFileRenamedBesideItsUncorrectedCopyIsNamedOnBothAndTheStoreIsLeftAsItIs() throws IOException {
        correct("a.txt");
        Files.move(c3.resolve("a.txt"), c3.resolve("z.txt"));
        Map<String, String> before = routes.storeFiles();

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(c3), List.of(data),
                List.of(c3.resolve("z.txt"), c3.resolve("b.txt")), List.of(c3.resolve("b.txt")), List.of(c3.resolve("z.txt"))));

        Path real = c3.toRealPath();
        String problem = "error: the corrections made when a cable with this text was at " + real.resolve("a.txt")
                + " could belong to " + real.resolve("b.txt") + " or " + real.resolve("z.txt")
                + ": each holds its text and has no corrections of its own, and nothing tells which of them was there;"
                + " none was put back, and they stay in the store as they are. To put them back, give that file the name"
                + " it had there, or move it back, and open it again.";
        for (String name : List.of("c3/b.txt", "c3/z.txt")) {
            assertThat(seen.get(name)).as(name).isEqualTo(new Seen(AS_READ, ReviewStatus.NEW, List.of(problem), List.of()));
        }
        try (Workspace workspace = Workspace.open(List.of(c3.resolve("b.txt")), store, null)) {
            assertThat(workspace.problems()).hasSize(1);
        }
        assertThat(routes.storeFiles()).isEqualTo(before);
        // given its name back, the renamed one finds them again, and the copy stays as it was
        Files.move(c3.resolve("z.txt"), c3.resolve("a.txt"));
        Map<String, Seen> back = routes.byTheCommands(List.of(c3));
        assertThat(back.get("c3/a.txt").spans()).isEqualTo(AS_CORRECTED);
        assertThat(back.get("c3/b.txt")).isEqualTo(UNTOUCHED);
    }

    @Test
    void aMovedFolderWithTheCorrectedFileRenamedInItNamesBothFiles() throws IOException {
        correct("a.txt");
        Path moved = Files.move(c3, data.resolve("c3moved"));
        Files.move(moved.resolve("a.txt"), moved.resolve("z.txt"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(moved), List.of(moved.resolve("b.txt"))));

        assertThat(seen.get("c3moved/b.txt").problems()).hasSize(1);
        assertThat(seen.get("c3moved/z.txt").problems()).isEqualTo(seen.get("c3moved/b.txt").problems());
        assertThat(seen.get("c3moved/z.txt").spans()).isEqualTo(AS_READ);
    }

    @Test
    void aFileRenamedBesideACopyWithCorrectionsOfItsOwnGetsItsCorrections() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(c3), store, null)) {
            workspace.relabel(workspace.indexOf("a.txt").orElseThrow(), RUBAIE, Label.ORG);
            workspace.setStatus(workspace.indexOf("b.txt").orElseThrow(), ReviewStatus.REVIEWED);
        }
        Files.move(c3.resolve("a.txt"), c3.resolve("z.txt"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(c3), List.of(c3.resolve("z.txt"))));

        assertThat(seen.get("c3/z.txt")).isEqualTo(putBack("c3/a.txt"));
        assertThat(seen.get("c3/b.txt")).isEqualTo(new Seen(AS_READ, ReviewStatus.REVIEWED, List.of(), List.of()));
    }

    @Test
    void aFileRenamedOrMovedWithNoCopyStillGetsItsCorrections() throws IOException {
        Files.delete(c3.resolve("b.txt"));
        correct("a.txt");
        Files.move(c3.resolve("a.txt"), c3.resolve("z.txt"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(c3), List.of(data), List.of(c3.resolve("z.txt"))));

        assertThat(seen.get("c3/z.txt")).isEqualTo(putBack("c3/a.txt"));
        assertThat(seen.get("c3/unique.txt")).isEqualTo(new Seen(List.of(Span.of(0, 3, "ORG")), ReviewStatus.NEW, List.of(), List.of()));

        // renamed and moved to another folder at once
        Path other = Files.createDirectories(data.resolve("other"));
        Files.move(c3.resolve("z.txt"), other.resolve("y.txt"));
        assertThat(routes.sameEverywhere(List.of(List.of(data), List.of(other))).get("other/y.txt")).isEqualTo(putBack("c3/a.txt"));
    }

    @Test
    void aCorrectedCableRenamedWhileACopyElsewhereWasNeverCorrectedIsNamedOnBoth() throws IOException {
        Path elsewhere = Files.createDirectories(data.resolve("elsewhere"));
        Files.move(c3.resolve("b.txt"), elsewhere.resolve("q.txt"));
        correct("a.txt");
        Path other = Files.createDirectories(data.resolve("other"));
        Files.move(c3.resolve("a.txt"), other.resolve("z.txt"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(data), List.of(other, elsewhere)));

        assertThat(seen.get("other/z.txt").spans()).isEqualTo(AS_READ);
        assertThat(seen.get("other/z.txt").problems()).singleElement().asString()
                .contains(elsewhere.toRealPath().resolve("q.txt") + " or " + other.toRealPath().resolve("z.txt"));
        assertThat(seen.get("elsewhere/q.txt").problems()).isEqualTo(seen.get("other/z.txt").problems());
    }

    @Test
    void copiesCorrectedAlikeRenamedBesideACopyNeverCorrectedAreNamedForTheyAreMoreThanTheCables() throws IOException {
        Files.copy(c3.resolve("a.txt"), c3.resolve("c.txt"));
        correct("a.txt", "b.txt");
        Files.move(c3.resolve("a.txt"), c3.resolve("p.txt"));
        Files.move(c3.resolve("b.txt"), c3.resolve("q.txt"));

        Map<String, Seen> seen = routes.sameEverywhere(List.of(List.of(c3), List.of(c3.resolve("c.txt"))));

        Path real = c3.toRealPath();
        String problem = "error: the corrections of 2 cables with this text that are no longer where they were ("
                + real.resolve("a.txt") + ", " + real.resolve("b.txt") + ") could belong to this one; none was put back, and"
                + " they stay in the store as they are. To put them back, move the files back where they were, or give each"
                + " copy the file name it had there, and open them again.";
        for (String name : List.of("c3/c.txt", "c3/p.txt", "c3/q.txt")) {
            assertThat(seen.get(name)).as(name).isEqualTo(new Seen(AS_READ, ReviewStatus.NEW, List.of(problem), List.of()));
        }
    }
}
