package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store file that cannot be read is a problem the analyst sees, is never written over (it is moved
 * aside before the next write of its cable), and whatever part of it is still whole is put back.
 * Corrections that do not fit their text are named, never applied half-way.
 */
class DamagedStoreTest {

    //  clean: "Rubaie met Tehran officials and Erbil guards ."
    static final String CABLE = CorrectionStoreTest.CABLE;

    @TempDir
    Path temp;
    TwoCableCorpus fixture;

    @BeforeEach
    void writeCorpus() throws IOException {
        fixture = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        // a correction of each cable: Erbil LOC in a, GoI MISC in b
        try (Workspace workspace = open()) {
            workspace.relabel(0, CorrectionStoreTest.ERBIL, Label.LOC);
            workspace.relabel(0, CorrectionStoreTest.TEHRAN, Label.MISC);
            workspace.relabel(1, Span.of(0, 3, "ORG"), Label.MISC);
        }
    }

    private Workspace open() throws IOException {
        return fixture.open();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(fixture.store().root().resolve("store/cables"))) {
            return files.sorted().toList();
        }
    }

    private Path fileOf(String cable) throws IOException {
        return files().stream().filter(f -> f.getFileName().toString().startsWith(cable.replace('.', '_') + "."))
                .findFirst().orElseThrow();
    }

    @Test
    void garbageIsAProblemNamingTheFileAndIsMovedAsideBeforeTheNextWrite() throws IOException {
        Path damaged = fileOf("a.txt");
        byte[] garbage = "\u0000\u0001 not json at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(damaged, garbage);

        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).singleElement().asString()
                    .contains("a.txt: error: the stored corrections in " + damaged, "cannot be read", "moved aside");
            assertThat(workspace.problems(0)).hasSize(1);
            // the other cable's corrections are there
            assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 3, "MISC"));
            assertThat(workspace.document(0).spans()).containsExactly(
                    Span.of(0, 6, "PER"), Span.of(11, 17, "LOC"), Span.of(32, 37, "PER"));
            assertThat(damaged).hasBinaryContent(garbage); // opening writes nothing over it

            workspace.relabel(0, Span.of(0, 6, "PER"), Label.ORG);
            workspace.save();

            Path aside = files().stream().filter(f -> f.getFileName().toString().contains(".unreadable-")).findFirst().orElseThrow();
            assertThat(aside).hasBinaryContent(garbage);
            assertThat(workspace.notes()).last().asString().contains("moved aside to " + aside);
        }
        try (Workspace reopened = open()) {
            assertThat(reopened.problems()).isEmpty(); // the moved-aside file is no store file any more
            assertThat(reopened.document(0).spans()).contains(Span.of(0, 6, "ORG"));
        }
    }

    @Test
    void aTruncatedFileGivesBackTheSpansThatWereWhole() throws IOException {
        Path damaged = fileOf("a.txt");
        String whole = Files.readString(damaged);
        // cut inside the second "added" span: the first one (LOC or MISC, in span order) is whole
        int cut = whole.lastIndexOf("\"label\"");
        Files.writeString(damaged, whole.substring(0, cut));

        try (Workspace workspace = open()) {
            assertThat(workspace.problems()).singleElement().asString()
                    .contains("cannot be read", "is put back here; check it");
            // removed: both originals came through whole; added: only the first (Tehran MISC)
            assertThat(workspace.document(0).spans()).containsExactly(Span.of(0, 6, "PER"), Span.of(11, 17, "MISC"));
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.IN_PROGRESS);
        }
    }

    @Test
    void anUnknownVersionOrABadFieldIsAProblemToo() throws IOException {
        Path a = fileOf("a.txt");
        Path b = fileOf("b.txt");
        Files.writeString(a, Files.readString(a).replace("\"version\" : 3", "\"version\" : 99"));
        Files.writeString(b, Files.readString(b).replaceFirst("\"start\" : 0", "\"start\" : \"zero\""));

        try (Workspace workspace = open()) {
            assertThat(workspace.problems(0)).singleElement().asString().contains("store format version 99 is unknown");
            // what is left of b (the relabel's new half, without the half that was damaged) does not fit, and
            // is said so; the damaged file is moved aside before b's file is written anew, and what was said of
            // it is a note from then on, which says where it went (the commands no longer find it to count it)
            // (stored anew, the MISC that does not fit is in the copy only: a note too, as the commands no longer name it)
            assertThat(workspace.problems(1)).anySatisfy(p -> assertThat(p).contains(": note: could not re-apply MISC"));
            assertThat(workspace.problems(1)).anySatisfy(p -> assertThat(p).contains(": note: the stored corrections in ",
                    "has no whole-number start and end", "(1 correction, status in progress) is put back here; check it.",
                    "The file was moved aside to", "nothing was written over it").doesNotContain("is moved aside, not written over, when"));
            assertThat(workspace.problems(1)).noneSatisfy(p -> assertThat(p).contains("error: the stored corrections"));
        }
    }

    @Test
    void correctionsThatDoNotFitTheTextAreNamedAndTheRestApplied() throws IOException {
        Path a = fileOf("a.txt");
        String json = Files.readString(a);
        // Erbil's LOC moved past the end of the text (the hash still says the source is the same)
        Files.writeString(a, json.replace("\"start\" : 32,\n    \"end\" : 37,\n    \"label\" : \"LOC\"",
                "\"start\" : 320,\n    \"end\" : 370,\n    \"label\" : \"LOC\""));

        try (Workspace workspace = open()) {
            assertThat(workspace.problems(0)).anySatisfy(problem ->
                    assertThat(problem).contains("could not re-apply LOC", "run past the end of the text"));
            assertThat(workspace.document(0).spans()).contains(Span.of(11, 17, "MISC"));
            assertThat(workspace.document(0).spans()).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(47));
        }
    }

    @Test
    void anOffsetBetweenTheHalvesOfACharacterIsNamed() throws IOException {
        // "😀 Rubaie" : the emoji is two UTF-16 units; a stored span starting at 1 cuts it in two
        Files.writeString(fixture.corpus().resolve("c.txt"), "😀 [PER Rubaie  ] .\n");
        Document c = new cabletag.formats.inline.CableReader().read("c.txt", Files.readAllBytes(fixture.corpus().resolve("c.txt")));
        StoredCorrection misfit = new StoredCorrection(CableKey.canonical(fixture.corpus().resolve("c.txt")), "c.txt", "c",
                Reapplier.sourceHash(c), ReviewStatus.IN_PROGRESS, List.of(),
                List.of(new StoredSpan(Span.of(1, 9, "LOC"), null)));
        CorrectionStore.openFolder(fixture.store().root().resolve("store")).write(misfit);

        CorrectedDocument corrected = CorrectedDocuments.open(fixture.store()).correct(fixture.corpus().resolve("c.txt"), c);

        assertThat(corrected.problems()).anySatisfy(problem ->
                assertThat(problem).contains("c.txt: error: could not re-apply LOC", "falls inside a character"));
        assertThat(corrected.document().spans()).containsExactly(Span.of(3, 9, "PER"));
    }

}
