package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.workspace.suggest.Suggestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A large cable's suggestions are found on a thread of their own (the gazetteer's pass over a 5 MB cable
 * took ~75 ms of the UI thread after every edit): they still come, each on the words it names, they follow
 * an accepted suggestion, and another cable's suggestions never stay on a large cable's text meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class LargeCableSuggestionsWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = ExportCorpus.seeds(temp.resolve("corpus-" + System.nanoTime()));
        String plain = Files.readString(corpus.resolve(ExportCorpus.SEED_PLAIN));
        StringBuilder large = new StringBuilder();
        while (large.length() <= CableView.BACKGROUND_STYLING_THRESHOLD) {
            large.append(plain).append('\n');
        }
        Files.writeString(corpus.resolve("zz-large.txt"), large);
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    private SuggestionsModel suggestions() {
        return w.window.suggestions();
    }

    private static void assertOnTheirWords(Document document, List<Suggestion> found) {
        assertThat(found).allSatisfy(s -> assertThat(document.text().substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void aLargeCablesSuggestionsComeAndFollowAnAcceptedOne() throws Exception {
        w.awaitOpened();
        onFx(() -> {
            w.window.model().show(0); // seed 000: small, found on the UI thread
            return null;
        });
        FxAwait.until("suggestions for seed 000", () -> !suggestions().suggestions().isEmpty(), suggestions().revisionProperty());
        onFx(() -> {
            w.window.model().show(2);
            assertThat(w.doc().text().length()).isGreaterThanOrEqualTo(CableView.BACKGROUND_STYLING_THRESHOLD);
            // not found on this thread: the UI thread is still in this event, so none can have come yet; and
            // seed 000's are not left on the large cable's text meanwhile
            assertThat(suggestions().suggestions()).isEmpty();
            return null;
        });
        FxAwait.until("suggestions for the large cable", () -> suggestions().suggestions().size() > 100, suggestions().revisionProperty());
        List<Suggestion> found = onFx(() -> List.copyOf(suggestions().suggestions()));
        assertOnTheirWords(w.doc(), found);
        Suggestion rubaie = found.stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow();

        int revision = onFx(() -> {
            suggestions().select(rubaie);
            suggestions().acceptSelected();
            assertThat(suggestions().suggestions()).as("at once, before the list is found again").doesNotContain(rubaie);
            return suggestions().revisionProperty().get();
        });
        FxAwait.until("the large cable's suggestions found again", () -> suggestions().revisionProperty().get() > revision,
                suggestions().revisionProperty());
        assertThat(w.doc().spans().contains(rubaie.span())).isTrue();
        assertThat(onFx(() -> suggestions().suggestions())).doesNotContain(rubaie).hasSize(found.size() - 1);
        // drawn as it now is: the accepted one as an entity, the next one selected, the others as suggestions
        assertThat(styleAt(rubaie.start())).contains(HighlightStyler.ENTITY).doesNotContain(HighlightStyler.SUGGESTION);
        Suggestion next = onFx(() -> suggestions().selected());
        assertThat(next).isNotNull();
        assertThat(styleAt(next.start())).contains(HighlightStyler.SUGGESTION, HighlightStyler.SELECTED);
        Suggestion other = onFx(() -> suggestions().suggestions().stream().filter(s -> !s.equals(next)
                && !s.span().intersects(next.span())).findFirst().orElseThrow());
        assertThat(styleAt(other.start())).contains(HighlightStyler.SUGGESTION).doesNotContain(HighlightStyler.SELECTED);

        // J moves the selection: the one it leaves is an unselected suggestion again
        onFx(() -> {
            suggestions().selectNext(next.end());
            return null;
        });
        Suggestion after = onFx(() -> suggestions().selected());
        assertThat(after).isNotEqualTo(next);
        assertThat(styleAt(next.start())).contains(HighlightStyler.SUGGESTION).doesNotContain(HighlightStyler.SELECTED);
        assertThat(styleAt(after.start())).contains(HighlightStyler.SUGGESTION, HighlightStyler.SELECTED);
    }

    private java.util.Collection<String> styleAt(int offset) {
        return onFx(() -> w.window.cableView().area().getStyleOfChar(offset));
    }
}
