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
    Path corpus;
    StoreLocation store;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), CABLE);
        Files.writeString(corpus.resolve("b.txt"), "[ORG GoI  ] said so .\n");
        store = new StoreLocation(temp.resolve("home"));
    }

    private Workspace open() throws IOException {
        return Workspace.open(List.of(corpus), store, null);
    }

    private Path cablesDir() {
        return store.workspaceDir(List.of(corpus)).resolve(CorrectionFiles.CABLES);
    }

    private List<Path> storeFiles() throws IOException {
        try (Stream<Path> files = Files.list(cablesDir())) {
            return files.sorted().toList();
        }
    }

    @Test
    void closingAndReopeningRestoresSpansAndStatuses() throws IOException {
        List<Document> edited;
        try (Workspace workspace = open()) {
            assertThat(workspace.document(0).spans()).containsExactly(RUBAIE, TEHRAN, ERBIL);
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.add(0, 20, 20, Label.MISC);
            workspace.delete(0, RUBAIE);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            workspace.setStatus(1, ReviewStatus.REVIEWED);
            edited = List.of(workspace.document(0), workspace.document(1));
        }
        try (Workspace reopened = open()) {
            assertThat(reopened.document(0).spans()).isEqualTo(edited.get(0).spans())
                    .containsExactly(TEHRAN, Span.of(18, 27, "MISC"), Span.of(32, 37, "LOC"));
            assertThat(reopened.document(1).spans()).isEqualTo(edited.get(1).spans());
            assertThat(reopened.cables()).extracting(CableEntry::status)
                    .containsExactly(ReviewStatus.REVIEWED, ReviewStatus.REVIEWED);
            assertThat(reopened.problems()).isEmpty();
            assertThat(reopened.canUndo()).isFalse(); // history is per session; corrections are not
        }
        assertThat(Files.readString(corpus.resolve("a.txt"))).isEqualTo(CABLE);
    }

    @Test
    void theSameFolderGivenAnotherWayFindsTheSameStore() throws IOException {
        try (Workspace workspace = open()) {
            workspace.delete(0, RUBAIE);
        }
        Path sameFolder = corpus.resolve("..").resolve(corpus.getFileName());
        try (Workspace reopened = Workspace.open(List.of(sameFolder), store, null)) {
            assertThat(reopened.document(0).spans()).containsExactly(TEHRAN, ERBIL);
        }
    }

    @Test
    void theStoreFileIsVersionedJsonHoldingOnlyTheDifferences() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
        }
        List<Path> files = storeFiles();
        assertThat(files).hasSize(1);
        String json = Files.readString(files.get(0));
        assertThat(json).contains("\"version\" : 2", "\"document\" : \"a.txt\"", "\"status\" : \"IN_PROGRESS\"",
                "\"sourceSha256\" : \"" + Hashes.sha256Hex(CABLE) + "\"", "\"text\" : \"Erbil\"");
        assertThat(json).doesNotContain("Tehran");
        assertThat(store.workspaceDir(List.of(corpus)).resolve(CorrectionFiles.MANIFEST)).exists();
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        String hash = Hashes.sha256Hex(CABLE);
        Files.createDirectories(cablesDir());
        Files.writeString(cablesDir().resolve("from-the-future.json"), """
                {"version": 2, "document": "a.txt", "id": "a", "sourceSha256": "%s", "status": "REVIEWED",
                 "reviewer": {"name": "someone", "shift": 3}, "tags": ["x"],
                 "removed": [{"start": 32, "end": 37, "label": "PER", "text": "Erbil", "confidence": 0.4}],
                 "added": [{"start": 32, "end": 37, "label": "LOC", "text": "Erbil", "source": "analyst"}]}
                """.formatted(hash));

        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).isEmpty();
            assertThat(workspace.document(0).spans()).containsExactly(RUBAIE, TEHRAN, Span.of(32, 37, "LOC"));
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
        }
    }

    @Test
    void aVersionOneFileIsMigratedAndRewrittenAsVersionTwo() throws IOException {
        String hash = Hashes.sha256Hex(CABLE);
        Files.createDirectories(cablesDir());
        Path old = cablesDir().resolve("a.txt.json");
        Files.writeString(old, """
                {"version": 1, "document": "a.txt", "sha256": "%s", "reviewed": true,
                 "removed": [[32, 37, "PER"], [0, 6, "PER"]], "added": [[32, 37, "LOC"]]}
                """.formatted(hash));

        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).isEmpty();
            assertThat(workspace.document(0).spans()).containsExactly(TEHRAN, Span.of(32, 37, "LOC"));
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
        }
        assertThat(old).doesNotExist();
        assertThat(storeFiles()).singleElement().satisfies(file ->
                assertThat(Files.readString(file)).contains("\"version\" : 2", "\"id\" : \"a\"", "\"text\" : \"Rubaie\""));
        try (Workspace again = open()) {
            assertThat(again.document(0).spans()).containsExactly(TEHRAN, Span.of(32, 37, "LOC"));
        }
    }

    @Test
    void aChangedSourceIsDetectedAndWhatStillFitsIsReapplied() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.add(0, 20, 20, Label.MISC); // "officials"
            workspace.delete(0, RUBAIE);
        }
        // Someone edits the file: a line before everything, and "officials" became "ministers".
        Files.writeString(corpus.resolve("a.txt"), "ADDED LINE .\n" + CABLE.replace("officials", "ministers"));

        try (Workspace reopened = open()) {
            int shift = "ADDED LINE .\n".length();
            assertThat(reopened.document(0).spans()).containsExactly(
                    Span.of(11 + shift, 17 + shift, "LOC"), Span.of(32 + shift, 37 + shift, "LOC"));
            assertThat(reopened.problems()).hasSize(3);
            assertThat(reopened.problems().get(0))
                    .isEqualTo("a.txt: the file changed since the corrections were saved; re-applied 3 of 4.");
            assertThat(reopened.problems().get(1))
                    .isEqualTo("a.txt: could not re-apply MISC “officials” at 18-27: the text is no longer there or nearby.");
            assertThat(reopened.problems().get(2)).startsWith("a.txt: the corrections as they were are kept in ");
            assertThat(reopened.entry(0).problemCount()).isEqualTo(3);
            assertThat(reopened.problems(0)).isEqualTo(reopened.problems());
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
        CorrectionStore correctionStore = CorrectionStore.open(store, List.of(corpus));
        CableReader reader = new CableReader();
        Document a = reader.read("a.txt", Files.readAllBytes(corpus.resolve("a.txt")));
        Document b = reader.read("b.txt", Files.readAllBytes(corpus.resolve("b.txt")));

        assertThat(correctionStore.isEmpty()).isFalse();
        assertThat(correctionStore.applyTo(a).spans()).isEqualTo(corrected.spans());
        assertThat(correctionStore.applyTo(b)).isSameAs(b);
        assertThat(correctionStore.status("a.txt")).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(correctionStore.status("b.txt")).isEqualTo(ReviewStatus.NEW);
        assertThat(correctionStore.problems()).isEmpty();
    }

    @Test
    void theExportReappliesWhatStillFitsAChangedSourceAndSaysWhatDoesNot() throws IOException {
        try (Workspace workspace = open()) {
            workspace.relabel(0, ERBIL, Label.LOC);
            workspace.add(0, 20, 20, Label.MISC); // "officials"
        }
        String changed = "ADDED LINE .\n" + CABLE.replace("officials", "ministers");
        Document a = new CableReader().read("a.txt", changed.getBytes(StandardCharsets.UTF_8));

        CorrectionStore correctionStore = CorrectionStore.open(store, List.of(corpus));
        Document applied = correctionStore.applyTo(a);

        int shift = "ADDED LINE .\n".length();
        assertThat(applied.spans()).containsExactly(Span.of(shift, 6 + shift, "PER"), Span.of(11 + shift, 17 + shift, "LOC"),
                Span.of(32 + shift, 37 + shift, "LOC"));
        assertThat(correctionStore.problems()).containsExactly(
                "a.txt: could not re-apply MISC “officials” at 18-27: the text is no longer there or nearby.");
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

    @Test
    void anAbsentStoreIsEmptyAndAnUnreadableFileIsReportedNotFatal() throws IOException {
        assertThat(CorrectionStore.open(store, List.of(corpus)).isEmpty()).isTrue();

        Files.createDirectories(cablesDir());
        Files.write(cablesDir().resolve("broken.json"), "{\"version\": 2, \"document\": ".getBytes(StandardCharsets.UTF_8));
        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).singleElement().asString()
                    .contains("broken.json could not be read and were left as they are");
            assertThat(workspace.document(0).spans()).containsExactly(RUBAIE, TEHRAN, ERBIL);
        }
        assertThat(cablesDir().resolve("broken.json")).exists();
    }
}
