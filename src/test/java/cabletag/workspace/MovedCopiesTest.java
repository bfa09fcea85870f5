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
 * Cables that share a text (the same cable saved twice) and were moved or renamed together: each gets back
 * the corrections and review mark of the one it was, paired by the end of the path they still share, or, when
 * nothing pairs them, a problem naming the stored cables it could be, with the store left as it is. The window's
 * route and the commands' route give the same, however the moved files are named.
 */
class MovedCopiesTest {

    static final String CABLE = CorrectionStoreTest.CABLE;
    static final Span RUBAIE = CorrectionStoreTest.RUBAIE;
    static final Span TEHRAN = CorrectionStoreTest.TEHRAN;
    static final Span ERBIL = CorrectionStoreTest.ERBIL;
    /** What each copy holds once corrected below, by its first name. */
    static final List<Span> AS_004 = List.of(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
    static final List<Span> AS_COPY = List.of(Span.of(0, 6, "ORG"), TEHRAN, ERBIL);
    static final List<Span> AS_THIRD = List.of(RUBAIE, Span.of(11, 17, "ORG"), ERBIL);
    static final List<Span> AS_READ = List.of(RUBAIE, TEHRAN, ERBIL);

    @TempDir
    Path temp;
    Path data;
    Path corp;
    StoreLocation store;
    MovedFilesRoutes routes;

    @BeforeEach
    void writeCorpus() throws IOException {
        data = Files.createDirectories(temp.resolve("data"));
        corp = Files.createDirectories(data.resolve("corp"));
        store = new StoreLocation(temp.resolve("home"));
        routes = new MovedFilesRoutes(temp, data, store);
        Files.writeString(corp.resolve("004.txt"), CABLE);
        Files.writeString(corp.resolve("zz_copy.txt"), CABLE);
        Files.writeString(corp.resolve("unique.txt"), "[ORG GoI  ] said so .\n");
    }

    /** Corrects each copy differently in the window: 004 reviewed, zz_copy in progress, a third one (if any) too. */
    private void correctInTheWindow() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corp), store, null)) {
            int a = indexOf(workspace, "004.txt");
            workspace.relabel(a, ERBIL, Label.LOC);
            workspace.setStatus(a, ReviewStatus.REVIEWED);
            workspace.relabel(indexOf(workspace, "zz_copy.txt"), RUBAIE, Label.ORG);
            if (Files.exists(corp.resolve("zz_third.txt"))) {
                workspace.relabel(indexOf(workspace, "zz_third.txt"), TEHRAN, Label.ORG);
            }
            workspace.relabel(indexOf(workspace, "unique.txt"), Span.of(0, 3, "ORG"), Label.LOC);
        }
    }

    private static int indexOf(Workspace workspace, String name) {
        return workspace.cables().stream().filter(c -> c.name().equals(name) || c.name().endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + workspace.cables())).index();
    }

    private Map<String, Seen> byTheCommands(List<Path> inputs) throws IOException {
        return routes.byTheCommands(inputs);
    }

    private Map<String, Seen> sameEverywhere(List<List<Path>> namings) throws IOException {
        return routes.sameEverywhere(namings);
    }

    private Map<String, String> storeFiles() throws IOException {
        return routes.storeFiles();
    }

    private String wasAt(String name) throws IOException {
        return "note: the corrections made when this cable was at " + data.toRealPath().resolve("corp").resolve(name)
                + " are put back (same text; the file was moved or renamed).";
    }

    @Test
    void twoCopiesInARenamedFolderGetTheirOwnCorrectionsAndReviewMarks() throws IOException {
        correctInTheWindow();
        Path corp2 = Files.move(corp, data.resolve("corp2"));

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp2), List.of(data),
                List.of(corp2.resolve("zz_copy.txt"), corp2.resolve("unique.txt"), corp2.resolve("004.txt"))));

        assertThat(seen.get("corp2/004.txt")).isEqualTo(new Seen(AS_004, ReviewStatus.REVIEWED, List.of(), List.of(wasAt("004.txt"))));
        assertThat(seen.get("corp2/zz_copy.txt"))
                .isEqualTo(new Seen(AS_COPY, ReviewStatus.IN_PROGRESS, List.of(), List.of(wasAt("zz_copy.txt"))));
        assertThat(seen.get("corp2/unique.txt").notes()).containsExactly(wasAt("unique.txt"));
    }

    @Test
    void threeCopiesInARenamedFolderGetTheirOwnCorrections() throws IOException {
        Files.writeString(corp.resolve("zz_third.txt"), CABLE);
        correctInTheWindow();
        Path corp2 = Files.move(corp, data.resolve("corp2"));

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp2), List.of(data)));

        assertThat(seen.get("corp2/004.txt").spans()).isEqualTo(AS_004);
        assertThat(seen.get("corp2/004.txt").status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(seen.get("corp2/zz_copy.txt").spans()).isEqualTo(AS_COPY);
        assertThat(seen.get("corp2/zz_third.txt").spans()).isEqualTo(AS_THIRD);
        assertThat(seen.get("corp2/zz_third.txt").notes()).containsExactly(wasAt("zz_third.txt"));
        assertThat(seen.values()).allSatisfy(one -> assertThat(one.problems()).isEmpty());
    }

    @Test
    void copiesOfTheSameNameInRenamedSubfoldersPairByTheirPathUnderTheFolder() throws IOException {
        Files.delete(corp.resolve("004.txt"));
        Files.delete(corp.resolve("zz_copy.txt"));
        Files.writeString(Files.createDirectories(corp.resolve("x")).resolve("f.txt"), CABLE);
        Files.writeString(Files.createDirectories(corp.resolve("y")).resolve("f.txt"), CABLE);
        try (Workspace workspace = Workspace.open(List.of(corp), store, null)) {
            workspace.relabel(indexOf(workspace, "x/f.txt"), ERBIL, Label.LOC);
            workspace.relabel(indexOf(workspace, "y/f.txt"), RUBAIE, Label.ORG);
            workspace.setStatus(indexOf(workspace, "y/f.txt"), ReviewStatus.REVIEWED);
        }
        Path corp2 = Files.move(corp, data.resolve("corp2"));

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp2), List.of(corp2.resolve("y"), corp2.resolve("x"))));

        assertThat(seen.get("corp2/x/f.txt").spans()).isEqualTo(AS_004);
        assertThat(seen.get("corp2/x/f.txt").status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(seen.get("corp2/y/f.txt").spans()).isEqualTo(AS_COPY);
        assertThat(seen.get("corp2/y/f.txt").status()).isEqualTo(ReviewStatus.REVIEWED);
    }

    @Test
    void filesRenamedSoThatTheirNamesStillPairGetTheirOwnCorrections() throws IOException {
        correctInTheWindow();
        Files.move(corp.resolve("004.txt"), Files.createDirectories(corp.resolve("a")).resolve("004.txt"));
        Files.move(corp.resolve("zz_copy.txt"), Files.createDirectories(data.resolve("b")).resolve("zz_copy.txt"));

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(data), List.of(data.resolve("b"), corp)));

        assertThat(seen.get("corp/a/004.txt")).isEqualTo(new Seen(AS_004, ReviewStatus.REVIEWED, List.of(), List.of(wasAt("004.txt"))));
        assertThat(seen.get("b/zz_copy.txt")).isEqualTo(new Seen(AS_COPY, ReviewStatus.IN_PROGRESS, List.of(), List.of(wasAt("zz_copy.txt"))));
    }

    @Test
    void copiesRenamedSoThatNothingPairsThemAreNamedAndTheStoreIsLeftAsItIs() throws IOException {
        correctInTheWindow();
        Files.move(corp.resolve("004.txt"), corp.resolve("a004.txt"));
        Files.move(corp.resolve("zz_copy.txt"), corp.resolve("zz_moved2.txt"));
        Map<String, String> before = storeFiles();

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp), List.of(data),
                List.of(corp.resolve("zz_moved2.txt"), corp.resolve("a004.txt"))));

        String problem = "error: the corrections of 2 cables with this text that are no longer where they were ("
                + corp.toRealPath().resolve("004.txt") + ", " + corp.toRealPath().resolve("zz_copy.txt")
                + ") could belong to this one; none was put back, and they stay in the store as they are. To put them back,"
                + " move the files back where they were, or give each copy the file name it had there, and open them again.";
        for (String name : List.of("corp/a004.txt", "corp/zz_moved2.txt")) {
            assertThat(seen.get(name)).as(name).isEqualTo(new Seen(AS_READ, ReviewStatus.NEW, List.of(problem), List.of()));
        }
        assertThat(seen.get("corp/unique.txt").problems()).isEmpty();
        // a window opened on the moved files and closed again wrote nothing over them and deleted nothing
        try (Workspace workspace = Workspace.open(List.of(corp), store, null)) {
            assertThat(workspace.problems()).hasSize(2);
        }
        Map<String, String> after = storeFiles();
        assertThat(after).containsAllEntriesOf(before);
        // and moved back, each finds its own again
        Files.move(corp.resolve("a004.txt"), corp.resolve("004.txt"));
        Files.move(corp.resolve("zz_moved2.txt"), corp.resolve("zz_copy.txt"));
        Map<String, Seen> back = byTheCommands(List.of(corp));
        assertThat(back.get("corp/004.txt").spans()).isEqualTo(AS_004);
        assertThat(back.get("corp/zz_copy.txt").spans()).isEqualTo(AS_COPY);
    }

    @Test
    void copiesWithTheSameCorrectionsGetThemWhateverTheirNewNames() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corp), store, null)) {
            for (String name : List.of("004.txt", "zz_copy.txt")) {
                workspace.relabel(indexOf(workspace, name), ERBIL, Label.LOC);
                workspace.setStatus(indexOf(workspace, name), ReviewStatus.REVIEWED);
            }
        }
        Files.move(corp.resolve("004.txt"), corp.resolve("a004.txt"));
        Files.move(corp.resolve("zz_copy.txt"), corp.resolve("zz_moved2.txt"));

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp), List.of(corp.resolve("zz_moved2.txt"), corp.resolve("a004.txt"))));

        String note = "note: the corrections made when this cable was at " + corp.toRealPath().resolve("004.txt")
                + " are put back (same text; the file was moved or renamed; the 2 cables with this text that are no longer"
                + " where they were hold the same corrections).";
        for (String name : List.of("corp/a004.txt", "corp/zz_moved2.txt")) {
            assertThat(seen.get(name)).as(name).isEqualTo(new Seen(AS_004, ReviewStatus.REVIEWED, List.of(), List.of(note)));
        }
    }

    @Test
    void theCableLeftOverOnceTheOthersPairIsNamedNotGivenToTheCopiesThatPairWithNothing() throws IOException {
        // found from outside: the one left went to every file that paired with nothing (two copies of zz_third,
        // renamed p.txt and r.txt, both took it), and a window opened on one of them moved it there for good
        Files.writeString(corp.resolve("zz_third.txt"), CABLE);
        correctInTheWindow();
        Path corp2 = Files.move(corp, data.resolve("corp2"));
        Files.copy(corp2.resolve("zz_third.txt"), corp2.resolve("r.txt"));
        Files.move(corp2.resolve("zz_third.txt"), corp2.resolve("p.txt"));
        Map<String, String> before = storeFiles();

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp2), List.of(data)));

        assertThat(seen.get("corp2/004.txt").spans()).isEqualTo(AS_004);
        assertThat(seen.get("corp2/zz_copy.txt").spans()).isEqualTo(AS_COPY);
        String problem = "error: the corrections of a cable with this text that is no longer where it was ("
                + data.toRealPath().resolve("corp").resolve("zz_third.txt") + ") could belong to this one, but the other copies of its text"
                + " were paired by their names and this file's name pairs with none; they were not put back and stay in the"
                + " store as they are. To put them back, give this file the name it had there, and open it again.";
        for (String name : List.of("corp2/p.txt", "corp2/r.txt")) {
            assertThat(seen.get(name)).as(name).isEqualTo(new Seen(AS_READ, ReviewStatus.NEW, List.of(problem), List.of()));
        }
        try (Workspace workspace = Workspace.open(List.of(corp2.resolve("p.txt")), store, null)) {
            assertThat(workspace.problems()).isNotEmpty();
        }
        assertThat(storeFiles()).containsAllEntriesOf(before);
    }

    @Test
    void theCableLeftOverOnceTheOthersPairGoesToTheOneFileOfItsTextLeft() throws IOException {
        Files.writeString(corp.resolve("zz_third.txt"), CABLE);
        correctInTheWindow();
        Path corp2 = Files.move(corp, data.resolve("corp2"));
        Files.move(corp2.resolve("zz_third.txt"), corp2.resolve("p.txt"));

        Map<String, Seen> seen = sameEverywhere(List.of(List.of(corp2), List.of(corp2.resolve("p.txt"))));

        assertThat(seen.get("corp2/004.txt").spans()).isEqualTo(AS_004);
        assertThat(seen.get("corp2/zz_copy.txt").spans()).isEqualTo(AS_COPY);
        assertThat(seen.get("corp2/p.txt")).isEqualTo(new Seen(AS_THIRD, ReviewStatus.IN_PROGRESS, List.of(), List.of(wasAt("zz_third.txt"))));
    }
}
