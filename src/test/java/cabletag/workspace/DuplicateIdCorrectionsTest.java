package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two documents of one dataset file that give the same id shared one store key, so the correction of one was lost
 * to the other and the commands named false problems on the first. Each has a key of its own now, in the window
 * and in the commands, and a store written before that gives its corrections to the document whose text they are
 * over, or says whose they may be.
 */
class DuplicateIdCorrectionsTest {

    static final String ALI = "{\"id\":\"d1\",\"text\":\"Ali went to Basra today\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}";
    static final String OMAR = "{\"id\":\"d1\",\"text\":\"Omar flew from Mosul\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"PER\"}]}";
    static final Span ALI_PER = Span.of(0, 3, "PER");
    static final Span OMAR_PER = Span.of(0, 4, "PER");

    @TempDir
    Path temp;
    Path corpus;
    Path dup;
    StoreLocation store;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.createDirectories(temp.resolve("c6"));
        dup = Files.writeString(corpus.resolve("dup.jsonl"), ALI + "\n" + OMAR + "\n");
        store = new StoreLocation(temp.resolve("home"));
    }

    /** What the commands see: each document corrected as {@code cabletag export} corrects it. */
    private List<CorrectedDocument> byTheCommands() throws IOException {
        CorrectedDocuments corrections = CorrectedDocuments.open(store).under(List.of(corpus));
        List<CorrectedDocument> seen = new ArrayList<>();
        for (Document document : CorpusReader.standard().read(new CorpusFile(dup, "dup.jsonl")).documents()) {
            seen.add(corrections.correct(dup, document));
        }
        return seen;
    }

    private List<Path> storeFiles() throws IOException {
        Path cables = store.root().resolve("store").resolve("cables");
        try (Stream<Path> files = Files.list(cables)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
    }

    @Test
    void eachDocumentKeepsItsOwnCorrectionsAcrossReopeningInTheWindowAndTheCommands() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corpus), store, null)) {
            assertThat(List.of(workspace.rowName(0), workspace.rowName(1))).containsExactly("dup.jsonl#d1", "dup.jsonl#d1-2");
            assertThat(workspace.cableKey(0)).isNotEqualTo(workspace.cableKey(1));
            workspace.relabel(1, OMAR_PER, Label.LOC);
        }
        try (Workspace workspace = Workspace.open(List.of(corpus), store, null)) {
            assertThat(workspace.document(0).spans()).containsExactly(ALI_PER);
            assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 4, "LOC"));
            assertThat(workspace.problemsOf(0).count()).isZero();
            assertThat(workspace.problems(1)).singleElement().asString()
                    .endsWith("dup.jsonl:2:1: warning: id d1 is the id of line 1 too; this document is d1-2 here [duplicate-id]");
            workspace.relabel(0, ALI_PER, Label.ORG);
            workspace.save();
        }
        try (Workspace workspace = Workspace.open(List.of(corpus), store, null)) {
            assertThat(workspace.document(0).spans()).containsExactly(Span.of(0, 3, "ORG"));
            assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 4, "LOC"));
        }
        List<CorrectedDocument> commands = byTheCommands();
        assertThat(commands).extracting(c -> c.document().spans().stream().toList())
                .containsExactly(List.of(Span.of(0, 3, "ORG")), List.of(Span.of(0, 4, "LOC")));
        assertThat(commands).allSatisfy(c -> {
            assertThat(c.problems()).isEmpty();
            assertThat(c.notes()).isEmpty();
        });
        assertThat(storeFiles()).hasSize(2);
    }

    /** The store file a cabletag that keyed both documents by (path, d1) wrote for a relabel of Omar. */
    private void storeAsBefore(String overTextOf) throws IOException {
        Document omar = CorpusReader.standard().read(new CorpusFile(dup, "dup.jsonl")).documents().get(1);
        String sha = overTextOf == null ? Hashes.sha256Hex("a text no document has now") : Reapplier.sourceHash(
                CorpusReader.standard().read(new CorpusFile(dup, "dup.jsonl")).documents().get(overTextOf.equals("d1") ? 0 : 1));
        CorrectionStore before = CorrectionStore.openFolder(store.root().resolve("store"));
        before.write(new StoredCorrection(CableKey.canonical(dup), "dup.jsonl", "d1", sha, ReviewStatus.REVIEWED,
                List.of(new StoredSpan(OMAR_PER, "Omar")), List.of(new StoredSpan(Span.of(0, 4, "LOC"), "Omar"))));
        assertThat(omar.id()).isEqualTo("d1-2");
    }

    @Test
    void correctionsStoredUnderTheSharedIdGoToTheDocumentWhoseTextTheyAreOver() throws IOException {
        storeAsBefore("d1-2");
        List<CorrectedDocument> commands = byTheCommands();
        assertThat(commands.get(0).document().spans()).containsExactly(ALI_PER);
        assertThat(commands.get(0).status()).isEqualTo(ReviewStatus.NEW);
        assertThat(commands.get(0).problems()).isEmpty();
        assertThat(commands.get(0).notes()).singleElement().asString().isEqualTo(dup + ": note: the corrections stored under the id d1 are over the text of"
                + " d1-2 (line 2), which gave that id too before each document of a file got an id of its own; they are put back"
                + " there, not on d1.");
        assertThat(commands.get(1).document().spans()).containsExactly(Span.of(0, 4, "LOC"));
        assertThat(commands.get(1).status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(commands.get(1).problems()).isEmpty();
        assertThat(commands.get(1).notes()).singleElement().asString().contains("stored under the id d1 are over the text of this document, d1-2 (line 2)");

        // the window as it opens for the analyst (nothing read in the background): the first document is edited and
        // saved before the second is ever shown, and its write over the file under (path, d1) takes nothing from it
        try (Workspace workspace = Workspace.openStreaming(List.of(corpus), store, Runnable::run)) {
            assertThat(workspace.document(0).spans()).containsExactly(ALI_PER);
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.NEW);
            workspace.relabel(0, ALI_PER, Label.ORG);
            workspace.save();
        }
        try (Workspace workspace = Workspace.open(List.of(corpus), store, null)) {
            assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 4, "LOC"));
            assertThat(workspace.status(1)).isEqualTo(ReviewStatus.REVIEWED);
        }
        assertThat(storeFiles()).hasSize(2);
        List<CorrectedDocument> after = byTheCommands();
        assertThat(after).extracting(c -> c.document().spans().stream().toList())
                .containsExactly(List.of(Span.of(0, 3, "ORG")), List.of(Span.of(0, 4, "LOC")));
        assertThat(after).allSatisfy(c -> {
            assertThat(c.problems()).isEmpty();
            assertThat(c.notes()).isEmpty();
        });
    }

    @Test
    void theWindowStoresThemUnderTheirDocumentsOwnIdAndTheFileUnderTheSharedIdGoes() throws IOException {
        storeAsBefore("d1-2");
        try (Workspace workspace = Workspace.open(List.of(corpus), store, null)) {
            assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 4, "LOC"));
        }
        assertThat(storeFiles()).singleElement().satisfies(file -> assertThat(file.getFileName().toString()).startsWith("dup_jsonl_d1-2."));
        List<CorrectedDocument> after = byTheCommands();
        assertThat(after.get(0).stored()).isNull();
        assertThat(after.get(1).document().spans()).containsExactly(Span.of(0, 4, "LOC"));
        assertThat(after).allSatisfy(c -> assertThat(c.notes()).isEmpty());
    }

    @Test
    void correctionsStoredUnderTheSharedIdAndOverTheFirstDocumentsTextStayItsOwn() throws IOException {
        storeAsBefore("d1");
        List<CorrectedDocument> commands = byTheCommands();
        // the first document's text, so its own (the relabel of "Omar" is not over its words: named, as ever)
        assertThat(commands.get(0).status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(commands.get(1).stored()).isNull();
        assertThat(commands.get(1).notes()).isEmpty();
    }

    @Test
    void correctionsOverNoTextOfTheFileNowStayWithTheFirstDocumentAndSayWhoseTheyMayBe() throws IOException {
        storeAsBefore(null);
        List<CorrectedDocument> commands = byTheCommands();
        assertThat(commands.get(0).stored()).isNotNull();
        assertThat(commands.get(0).notes()).anySatisfy(note -> assertThat(note)
                .contains("the corrections stored under the id d1 may be those of d1-2 (line 2)"));
        assertThat(commands.get(1).stored()).isNull();
    }
}
