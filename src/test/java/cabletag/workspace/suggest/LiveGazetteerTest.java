package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.TemporaryStoreHome;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer follows the analyst at once, with no gathering in between: an accepted suggestion's text
 * is suggested in the other cables, an undo takes it back, and a cable marked reviewed makes its entities
 * the strongest evidence.
 */
class LiveGazetteerTest {

    @TempDir
    Path dir;

    private TemporaryStoreHome home;
    private Workspace workspace;
    private SuggestionSession session;

    /** a: Basra tagged by the machine; b and c: Kadhimi (no tag anywhere) and Basra untagged. */
    @BeforeEach
    void open() throws IOException {
        home = TemporaryStoreHome.at(Files.createDirectories(dir.resolve("home")));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[LOC Basra  ] is hot .\n");
        Files.writeString(corpus.resolve("b.txt"), "Kadhimi met officials in Basra .\n");
        Files.writeString(corpus.resolve("c.txt"), "Kadhimi went home from Basra .\n");
        workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null);
        session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
        assertThat(session.gather(fraction -> { }, () -> false)).isTrue();
    }

    @AfterEach
    void close() {
        session.close();
        workspace.close();
        home.close();
    }

    private List<String> texts(int cable) {
        return session.suggestions(cable).stream().map(s -> s.text() + " " + s.label() + " " + s.source().id() + " " + s.evidence().id())
                .toList();
    }

    @Test
    void anAcceptedSuggestionIsSuggestedInTheOtherCablesAtOnce() {
        assertThat(texts(2)).containsExactly("Basra LOC gazetteer machine-tagged");
        String b = workspace.document(1).text();
        // the name finder's suggestion in b, accepted
        Suggestion kadhimi = new Suggestion(0, "Kadhimi".length(), Label.PER, "Kadhimi", SuggestionSource.MODEL, Evidence.MODEL, 0.9);
        assertThat(b).startsWith("Kadhimi");
        session.accept(1, kadhimi);

        assertThat(texts(2)).containsExactly("Kadhimi PER gazetteer confirmed", "Basra LOC gazetteer machine-tagged");
        assertThat(texts(1)).containsExactly("Basra LOC gazetteer machine-tagged"); // no suggestion over the new entity

        workspace.undo();
        assertThat(texts(2)).containsExactly("Basra LOC gazetteer machine-tagged");
        workspace.redo();
        assertThat(texts(2)).containsExactly("Kadhimi PER gazetteer confirmed", "Basra LOC gazetteer machine-tagged");
    }

    @Test
    void aRelabelledEntityProposesItsNewLabel() {
        workspace.relabel(0, workspace.document(0).spans().get(0), Label.ORG);
        assertThat(texts(2)).containsExactly("Basra ORG gazetteer confirmed");
    }

    @Test
    void aCableMarkedReviewedGivesTheStrongestEvidence() {
        workspace.setStatus(0, ReviewStatus.REVIEWED);
        assertThat(texts(2)).containsExactly("Basra LOC gazetteer reviewed");
        workspace.setStatus(0, ReviewStatus.IN_PROGRESS);
        assertThat(texts(2)).containsExactly("Basra LOC gazetteer machine-tagged");
    }

    @Test
    void aClosedSessionNoLongerListens() {
        session.close();
        workspace.add(1, 0, "Kadhimi".length(), Label.PER);
        assertThat(texts(2)).containsExactly("Basra LOC gazetteer machine-tagged");
    }
}
