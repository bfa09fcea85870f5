package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on disk: round trip, format versions, changed sources. Real files, real reader. */
class CorrectionStoreTest {

    //          0         1         2         3         4
    //          0123456789012345678901234567890123456789012345
    //  clean: "Rubaie met Tehran officials and Erbil guards ."
    //          [PER ]     [LOC ]               [PER]
    static final String CABLE = "[PER Rubaie  ] met [LOC Tehran  ] officials and [PER Erbil  ] guards .\n";
    static final Span RUBAIE = Span.of(0, 6, "PER");
    static final Span TEHRAN = Span.of(11, 17, "LOC");
    static final Span ERBIL = Span.of(32, 37, "PER");

    @TempDir
    Path temp;
    TwoCableCorpus fixture;

    @BeforeEach
    void writeCorpus() throws IOException {
        fixture = TwoCableCorpus.write(temp.resolve("data/corpus"), temp.resolve("home"));
    }

    private Workspace open() throws IOException {
        return fixture.open();
    }

    private Path cablesDir() {
        return fixture.store().root().resolve(CorrectionStore.FOLDER).resolve(CorrectionStore.CABLES);
    }

    private List<Path> storeFiles() throws IOException {
        try (Stream<Path> files = Files.list(cablesDir())) {
            return files.sorted().toList();
        }
    }

    /** The store file of cable a.txt, as the store names it. */
    private Path fileOfA() throws IOException {
        return storeFiles().stream().filter(f -> f.getFileName().toString().startsWith("a_txt.")).findFirst().orElseThrow();
    }

    private CorrectedDocument exported(Path file) throws IOException {
        // named as the command names it: the file as given
        Document read = new CableReader().read(file.getFileName().toString(), Files.readAllBytes(file)).shownAs(file.toString());
        return CorrectedDocuments.open(fixture.store()).correct(file, read);
    }

    /** A store of the kind cabletag wrote before version 3: one folder per set of inputs. */
    private Path oldWorkspace(List<Path> inputs, String name, String json) throws IOException {
        Path folder = Files.createDirectories(fixture.store().root().resolve("workspaces/0123456789abcdef0123/cables"));
        StringBuilder manifest = new StringBuilder("{\"version\": 2, \"inputs\": [");
        for (int i = 0; i < inputs.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append('"').append(inputs.get(i).toAbsolutePath()).append('"');
        }
        Files.writeString(folder.getParent().resolve("workspace.json"), manifest + "]}");
        return Files.writeString(folder.resolve(name), json);
    }

    @Test
    void closingAndReopeningRestoresSpansAndStatuses() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
        }
        List<Path> files = storeFiles();
        assertThat(files).hasSize(1);
        String json = Files.readString(files.get(0));
        assertThat(json).contains("\"version\" : 3", "\"path\" : \"" + fixture.corpus().resolve("a.txt").toRealPath() + "\"",
                "\"document\" : \"a.txt\"", "\"status\" : \"IN_PROGRESS\"",
                "\"sourceSha256\" : \"" + Hashes.sha256Hex(CABLE) + "\"", "\"text\" : \"Erbil\"");
        assertThat(json).doesNotContain("Tehran");
        try (Workspace again = open()) {
            assertThat(again.document(0).spans()).containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
            assertThat(again.status(0)).isEqualTo(ReviewStatus.IN_PROGRESS);
        }
    }

    @Test
    void correctionsBelongToTheCableHoweverItIsOpenedOrExported() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
        }
        Path link = Files.createSymbolicLink(temp.resolve("link"), fixture.corpus());
        for (List<Path> inputs : List.of(List.of(fixture.corpus().resolve("a.txt")), List.of(fixture.corpus().getParent()), List.of(link), List.of(link.resolve("a.txt")),
                List.of(fixture.corpus().resolve("b.txt"), fixture.corpus().resolve("a.txt")))) {
            try (Workspace workspace = Workspace.open(inputs, fixture.store(), null)) {
                int a = workspace.cables().stream().filter(c -> c.name().endsWith("a.txt")).findFirst()
                        .orElseThrow(() -> new AssertionError(inputs + ": " + workspace.cables() + workspace.problems())).index();
                assertThat(workspace.document(a).spans()).as("opened as %s", inputs)
                        .containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
                assertThat(workspace.status(a)).isEqualTo(ReviewStatus.REVIEWED);
                assertThat(workspace.problems()).isEmpty();
            }
        }
        // the commands' route finds them too, from the file named alone
        CorrectedDocument a = exported(fixture.corpus().resolve("a.txt"));
        assertThat(a.document().spans()).containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
        assertThat(a.isReviewed()).isTrue();
        assertThat(exported(fixture.corpus().resolve("b.txt")).status()).isEqualTo(ReviewStatus.NEW);
        assertThat(storeFiles()).hasSize(1);
    }

    @Test
    void aMovedOrRenamedCableIsFoundByItsFingerprintAndItsFileFollows() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
        }
        Path moved = Files.createDirectories(temp.resolve("elsewhere")).resolve("renamed.txt");
        Files.move(fixture.corpus().resolve("a.txt"), moved);

        CorrectedDocument exported = exported(moved);
        assertThat(exported.document().spans()).containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
        assertThat(exported.problems()).isEmpty();
        assertThat(exported.notes()).singleElement().asString().contains("the file was moved or renamed");

        try (Workspace workspace = Workspace.open(List.of(moved.getParent()), fixture.store(), null)) {
            assertThat(workspace.document(0).spans()).containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
        }
        // rewritten under its new place; the old file is gone
        assertThat(storeFiles()).singleElement().satisfies(file ->
                assertThat(Files.readString(file)).contains(moved.toRealPath().toString()));
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
        }
        Path file = fileOfA();
        Files.writeString(file, Files.readString(file).replace("\"status\"",
                "\"reviewer\": {\"name\": \"someone\", \"shift\": 3}, \"tags\": [\"x\"], \"status\""));
        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).isEmpty();
            assertThat(workspace.document(0).spans()).containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
        }
    }

    @Test
    void anOlderStoreIsMigratedOnceAndKeptAsItWas() throws IOException {
        String hash = Hashes.sha256Hex(CABLE);
        Path old = oldWorkspace(List.of(fixture.corpus()), "a.txt.json", """
                {"version": 1, "document": "a.txt", "sha256": "%s", "reviewed": true,
                 "removed": [[32, 37, "PER"], [0, 6, "PER"]], "added": [[32, 37, "LOC"]]}
                """.formatted(hash));

        try (Workspace workspace = Workspace.open(List.of(fixture.corpus().resolve("a.txt")), fixture.store(), null)) {
            assertThat(workspace.problems()).isEmpty();
            assertThat(workspace.document(0).spans()).containsExactly(TEHRAN, Span.of(32, 37, "LOC"));
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
        }
        assertThat(old).exists(); // kept as a backup
        assertThat(old.getParent().getParent().resolve(StoreMigration.DONE)).exists();
        assertThat(storeFiles()).singleElement().satisfies(file ->
                assertThat(Files.readString(file)).contains("\"version\" : 3", "\"id\" : \"a\""));
        assertThat(exported(fixture.corpus().resolve("a.txt")).document().spans()).containsExactly(TEHRAN, Span.of(32, 37, "LOC"));
    }

    @Test
    void anOlderStoreWhoseCableIsGoneIsNamedNotDropped() throws IOException {
        Path old = oldWorkspace(List.of(fixture.corpus()), "gone.txt.json", """
                {"version": 2, "document": "gone.txt", "id": "gone", "status": "REVIEWED", "removed": [], "added": []}
                """);
        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).singleElement().asString()
                    .contains("gone.txt", "were not migrated", "the file stays where it is");
        }
        assertThat(old).exists();
    }

    @Test
    void aChangedSourceIsDetectedAndWhatStillFitsIsReapplied() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.add(0, 20, 20, Label.MISC); // "officials"
            workspace.delete(0, RUBAIE);
        }
        // Someone edits the file: a line before everything, and "officials" became "ministers".
        Files.writeString(fixture.corpus().resolve("a.txt"), "ADDED LINE .\n" + CABLE.replace("officials", "ministers"));

        List<String> named = List.of(
                fixture.corpus().resolve("a.txt") + ": error: the file changed since the corrections were saved; re-applied 3 of 4.",
                fixture.corpus().resolve("a.txt") + ": error: could not re-apply MISC “officials” at 18-27: the text is no longer there or nearby (the text there is now “e met Teh”).");
        assertThat(exported(fixture.corpus().resolve("a.txt")).problems()).as("as the commands say it").isEqualTo(named);

        try (Workspace reopened = open()) {
            int shift = "ADDED LINE .\n".length();
            assertThat(reopened.document(0).spans()).containsExactly(
                    Span.of(11 + shift, 17 + shift, "LOC"), Span.of(32 + shift, 37 + shift, "LOC"));
            // a headless workspace stores what it opened at once: the MISC left out is then in the copy only, and
            // no longer a problem, as the commands no longer name it; what was said stays, as notes
            assertThat(reopened.problems()).isEmpty();
            assertThat(exported(fixture.corpus().resolve("a.txt")).problems()).isEmpty();
            assertThat(reopened.notes()).hasSize(3)
                    .anySatisfy(note -> assertThat(note).startsWith(fixture.corpus().resolve("a.txt") + ": note: the corrections as they were are kept in "))
                    .anySatisfy(note -> assertThat(note).isEqualTo(fixture.corpus().resolve("a.txt")
                            + ": note: could not re-apply MISC “officials” at 18-27: the text is no longer there or nearby (the text there is now “e met Teh”)."
                            + " The corrections were stored anew without what could not be re-applied; the copy kept before re-applying holds it."));
            assertThat(reopened.entry(0).problemCount()).as("the problems, not the news").isZero();
            assertThat(reopened.problems(0)).isEqualTo(reopened.notes());
        }
        assertThat(storeFiles()).hasSize(2); // the rewritten file and the kept copy
        try (Workspace third = open()) {
            assertThat(third.problems()).isEmpty();
            assertThat(third.document(0).spans()).hasSize(2);
        }
    }

    @Test
    void theExportSeesWhatTheWorkspaceSaved() throws IOException {
        Document corrected;
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            corrected = workspace.document(0);
        }
        CorrectedDocument a = exported(fixture.corpus().resolve("a.txt"));
        CorrectedDocument b = exported(fixture.corpus().resolve("b.txt"));

        assertThat(a.document().spans()).isEqualTo(corrected.spans());
        assertThat(b.document()).isSameAs(b.original());
        assertThat(a.status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(b.status()).isEqualTo(ReviewStatus.NEW);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void theExportReappliesWhatStillFitsAChangedSourceAndSaysWhatDoesNot() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.add(0, 20, 20, Label.MISC); // "officials"
        }
        Files.writeString(fixture.corpus().resolve("a.txt"), "ADDED LINE .\n" + CABLE.replace("officials", "ministers"));

        CorrectedDocument applied = exported(fixture.corpus().resolve("a.txt"));

        int shift = "ADDED LINE .\n".length();
        assertThat(applied.document().spans()).containsExactly(Span.of(shift, 6 + shift, "PER"),
                Span.of(11 + shift, 17 + shift, "LOC"), Span.of(32 + shift, 37 + shift, "LOC"));
        assertThat(applied.problems()).containsExactly(
                fixture.corpus().resolve("a.txt") + ": error: the file changed since the corrections were saved; re-applied 2 of 3.",
                fixture.corpus().resolve("a.txt") + ": error: could not re-apply MISC “officials” at 18-27: the text is no longer there or nearby (the text there is now “e met Teh”).");
    }

    @Test
    void anAddedEntityWhoseTextIsNoLongerAtItsPlaceIsNamedAndNotAppliedWhenTheStoreHasNoFingerprint() throws IOException {
        try (Workspace workspace = open()) {
            workspace.add(0, 20, 20, Label.MISC); // "officials" at 18-27
        }
        // A store file with no fingerprint (the format allows it) says nothing about whether the file changed.
        Path stored = fileOfA();
        Files.writeString(stored, Files.readString(stored).replaceAll("\\s*\"sourceSha256\" : \"[0-9a-f]+\",", ""));
        assertThat(Files.readString(stored)).doesNotContain("sourceSha256").contains("\"text\" : \"officials\"");
        // Then the cable is edited before the entity: 18-27 now covers other words.
        Files.writeString(fixture.corpus().resolve("a.txt"), CABLE.replace(" met ", " met with "));
        String named = fixture.corpus().resolve("a.txt") + ": error: could not re-apply MISC “officials” at 18-27: the text there is “hran offi”.";

        CorrectedDocument exported = exported(fixture.corpus().resolve("a.txt"));

        assertThat(exported.document().spans()).doesNotContain(Span.of(18, 27, "MISC")).hasSize(3);
        assertThat(exported.problems()).containsExactly(fixture.corpus().resolve("a.txt") + ": error: re-applied 0 of 1 stored corrections.", named);
        try (Workspace reopened = open()) {
            assertThat(reopened.document(0).spans()).isEqualTo(exported.document().spans());
            // stored anew at once, without it: a note now, as the commands no longer name it
            assertThat(reopened.problems()).doesNotContain(named);
            assertThat(reopened.notes()).anySatisfy(note -> assertThat(note)
                    .startsWith(named.replace(": error: ", ": note: ")).endsWith("the copy kept before re-applying holds it."));
        }
    }

    @Test
    void aTempFileLeftByAKilledWriteIsNeitherReadNorKeptForever() throws IOException {
        Files.createDirectories(cablesDir());
        Path old = cablesDir().resolve(".a.txt_a-0123456789ab.json.4711.tmp");
        Path fresh = cablesDir().resolve(".a.txt_a-0123456789ab.json.4712.tmp");
        Files.writeString(old, "{\"version\": 2, \"document\": \"a.t");
        Files.writeString(fresh, "{\"version\": 2, \"document\": \"a.t");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));

        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).isEmpty();
            assertThat(workspace.document(0).spans()).containsExactly(RUBAIE, TEHRAN, ERBIL);
        }
        assertThat(old).doesNotExist();
        assertThat(fresh).exists(); // it might belong to a session writing right now
    }
}
