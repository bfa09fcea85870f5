package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that is there but cannot be read (its folder or {@code cables/} not readable, not a folder, the
 * home a file, a link to nowhere) is never taken for an empty one: the window's routes and the commands'
 * route stop with one message naming the path and the reason, and nothing is written over the stored
 * corrections. A store that is simply not there yet opens silently. The permission cases need a user other
 * than root (root reads every folder) and are skipped under root, as in {@code CliTest}.
 */
class UnreadableStoreTest {

    @TempDir
    Path temp;
    TwoCableCorpus fixture;
    Path home;
    Path store;
    Path cables;

    @BeforeEach
    void correctACable() throws IOException {
        home = temp.resolve("home");
        fixture = TwoCableCorpus.write(temp.resolve("corpus"), home);
        try (Workspace workspace = fixture.open()) {
            workspace.relabel(0, CorrectionStoreTest.ERBIL, Label.LOC);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
        }
        store = home.resolve("store");
        cables = store.resolve("cables");
    }

    /** Every route from a home to its corrections: the window's three openings and the commands'. */
    private void assertEveryRouteStops(StoreLocation location, Path blamed, String reason) {
        List<Path> inputs = List.of(fixture.corpus());
        for (ThrowingOpening opening : List.<ThrowingOpening>of(
                () -> Workspace.open(inputs, location, null).close(),
                () -> Workspace.openStreaming(inputs, location, Runnable::run).close(),
                () -> Workspace.openLazily(inputs, location, Runnable::run).close(),
                () -> CorrectedDocuments.open(location))) {
            assertThatThrownBy(opening::open)
                    .isInstanceOf(UnreadableStoreException.class)
                    .hasMessageStartingWith("the corrections store " + location.root().resolve("store") + " cannot be read")
                    .hasMessageContaining(blamed.equals(location.root().resolve("store")) ? reason : blamed + "")
                    .hasMessageContaining(reason)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    private interface ThrowingOpening {
        void open() throws IOException;
    }

    private byte[] storedBytes() throws IOException {
        try (Stream<Path> files = Files.list(cables)) {
            List<Path> stored = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(stored).hasSize(1);
            return Files.readAllBytes(stored.get(0));
        }
    }

    @Test
    void aHomeThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(temp.resolve("homefile"), "not a folder\n");
        assertEveryRouteStops(new StoreLocation(file), file, "is not a folder");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void aCablesFolderThatIsAFileIsNamedAndLeftAsItIs() throws IOException {
        byte[] stored = storedBytes();
        Path aside = Files.move(cables, store.resolve("cables-kept"));
        Files.writeString(cables, "x\n");
        assertEveryRouteStops(fixture.store(), cables, "is not a folder");
        assertThat(cables).hasContent("x");
        Files.delete(cables);
        Files.move(aside, cables);
        assertThat(storedBytes()).isEqualTo(stored);
    }

    @Test
    void aStoreLinkedToADriveNotMountedIsNamed() throws IOException {
        Path elsewhere = Files.move(store, temp.resolve("usb-stick-store"));
        Files.createSymbolicLink(store, temp.resolve("not-mounted/store"));
        assertEveryRouteStops(fixture.store(), store, "is a symbolic link to " + temp.resolve("not-mounted/store") + ", which does not exist");
        // the link put right, the corrections are all there
        Files.delete(store);
        Files.createSymbolicLink(store, elsewhere);
        try (Workspace workspace = fixture.open()) {
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(workspace.problems()).isEmpty();
        }
    }

    @Test
    void aStoreFolderThatCannotBeSearchedIsNamedAndNotWrittenOver() throws IOException {
        byte[] stored = storedBytes();
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(store), "running as root: every folder is readable");
            assertEveryRouteStops(fixture.store(), store, "(permission denied)");
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(storedBytes()).isEqualTo(stored);
    }

    @Test
    void aCablesFolderThatCanBeWrittenButNotListedIsNeverTakenForEmpty() throws IOException {
        // -wx: a window that took it for empty could write each edited cable's file anew, without the corrections
        // already in it; it must not open at all
        byte[] stored = storedBytes();
        Files.setPosixFilePermissions(cables, PosixFilePermissions.fromString("-wx------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(cables), "running as root: every folder is readable");
            assertEveryRouteStops(fixture.store(), cables, "permission denied");
        } finally {
            Files.setPosixFilePermissions(cables, PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(storedBytes()).isEqualTo(stored);
        try (Workspace workspace = fixture.open()) {
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
        }
    }

    @Test
    void aStoreNotThereYetOpensSilently() throws IOException {
        // no home at all, a home without a store, a store without cables/: nothing is stored, all is well
        Path noHome = temp.resolve("fresh/home");
        Path homeOnly = Files.createDirectories(temp.resolve("home-only"));
        Path storeOnly = Files.createDirectories(temp.resolve("store-only/store/locks")).getParent().getParent();
        for (Path fresh : List.of(noHome, homeOnly, storeOnly)) {
            StoreLocation location = new StoreLocation(fresh);
            try (Workspace workspace = Workspace.open(List.of(fixture.corpus()), location, null)) {
                assertThat(workspace.problems()).as(fresh.toString()).isEmpty();
                assertThat(workspace.status(0)).isEqualTo(ReviewStatus.NEW);
                workspace.setStatus(0, ReviewStatus.REVIEWED);
            }
            try (Stream<Path> files = Files.list(fresh.resolve("store/cables"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".json"))).as(fresh.toString()).hasSize(1);
            }
            assertThat(CorrectedDocuments.open(location).problems()).isEmpty();
        }
    }
}
