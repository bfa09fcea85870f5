package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Rejections;
import cabletag.workspace.suggest.Suggestion;
import java.nio.file.Path;
import java.util.Collection;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Suggestions in the real window on the two seeds (seed 000 untagged, seed 004's tags the only
 * evidence): J walks them, Enter accepts, Backspace rejects, Ctrl+Z takes either back; a suggestion is
 * drawn with the suggestion style until accepted, then as an entity.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = ExportCorpus.seeds(temp.resolve("corpus-" + System.nanoTime()));
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    private SuggestionsModel suggestions() {
        return w.window.suggestions();
    }

    private void awaitSuggestions() throws Exception {
        w.awaitOpened();
        // a first open starts at the first cable with entities (004); the suggestions are for seed 000
        onFx(() -> {
            w.window.model().show(0);
            return null;
        });
        FxAwait.until("suggestions for seed 000", () -> !suggestions().suggestions().isEmpty(), suggestions().revisionProperty());
        assertThat(w.doc().source().name()).isEqualTo("000_cb2ef8ccb40cf302.txt");
    }

    /** Presses J until a suggestion with this text is selected. */
    private Suggestion jTo(FxRobot robot, String text) {
        for (int i = 0; i <= suggestions().suggestions().size(); i++) {
            robot.type(KeyCode.J);
            Suggestion selected = suggestions().selected();
            if (selected != null && selected.text().equals(text)) {
                return selected;
            }
        }
        throw new AssertionError("J never reached '" + text + "' in " + suggestions().suggestions());
    }

    private Collection<String> styleAt(int offset) {
        return w.window.cableView().area().getStyleOfChar(offset);
    }

    @Test
    void enterAcceptsAndUndoTakesItBack(FxRobot robot) throws Exception {
        awaitSuggestions();
        Suggestion rubaie = jTo(robot, "Rubaie");
        assertThat(rubaie.label()).isEqualTo(Label.PER);
        assertThat(styleAt(rubaie.start())).contains(HighlightStyler.SUGGESTION, HighlightStyler.SELECTED).doesNotContain(HighlightStyler.ENTITY);
        assertThat(w.doc().spans()).isEmpty();

        robot.type(KeyCode.ENTER);
        FxAwait.until("Rubaie accepted", () -> w.doc().spans().contains(rubaie.span()), w.window.model().documentProperty());
        assertThat(w.entities()).containsExactly("PER Rubaie");
        assertThat(styleAt(rubaie.start())).contains(HighlightStyler.ENTITY).doesNotContain(HighlightStyler.SUGGESTION);
        assertThat(suggestions().suggestions()).doesNotContain(rubaie);
        assertThat(suggestions().selected()).as("the next suggestion is selected").isNotNull();
        assertThat(suggestions().selected().start()).isGreaterThanOrEqualTo(rubaie.end());
        assertThat(w.window.statusBar().getText()).as("what was accepted, then the next suggestion")
                .startsWith("Accepted suggestion “Rubaie” as PER — Ctrl+Z undoes. Next: " + suggestions().selected().label()
                        + " “" + suggestions().selected().text() + "” from the ");

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        FxAwait.until("Rubaie suggested again", () -> suggestions().suggestions().contains(rubaie), suggestions().revisionProperty());
        assertThat(w.doc().spans()).isEmpty();
        assertThat(styleAt(rubaie.start())).contains(HighlightStyler.SUGGESTION).doesNotContain(HighlightStyler.ENTITY);
    }

    @Test
    void backspaceRejectsForGoodAndUndoTakesItBack(FxRobot robot) throws Exception {
        awaitSuggestions();
        Suggestion iran = jTo(robot, "Iran");
        robot.type(KeyCode.BACK_SPACE);
        FxAwait.until("Iran rejected", () -> !suggestions().suggestions().contains(iran), suggestions().revisionProperty());
        assertThat(w.window.statusBar().getText()).startsWith("Rejected suggestion “Iran” (LOC) — Ctrl+Z undoes");
        assertThat(w.doc().spans()).as("a rejection adds and deletes nothing").isEmpty();
        assertThat(styleAt(iran.start())).doesNotContain(HighlightStyler.SUGGESTION);
        Rejections stored = Rejections.open(StoreLocation.defaultLocation().root());
        assertThat(stored.places()).singleElement().satisfies(place -> {
            assertThat(place.text()).isEqualTo("Iran");
            assertThat(place.start()).isEqualTo(iran.start());
        });

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        FxAwait.until("Iran suggested again", () -> suggestions().suggestions().contains(iran), suggestions().revisionProperty());
        assertThat(styleAt(iran.start())).contains(HighlightStyler.SUGGESTION);
        assertThat(Rejections.open(StoreLocation.defaultLocation().root()).places()).isEmpty();
    }

    @Test
    void anEntityTaggedByHandAndDeletedIsNotSuggestedThereAgain(FxRobot robot) throws Exception {
        awaitSuggestions();
        Suggestion rubaie = onFx(() -> suggestions().suggestions().stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow());
        robot.interact(() -> {
            w.window.cableView().area().requestFocus();
            w.window.cableView().area().selectRange(rubaie.start(), rubaie.end());
        });
        robot.type(KeyCode.DIGIT1); // PER, by hand: no suggestion is selected
        FxAwait.until("Rubaie tagged", () -> w.doc().spans().contains(rubaie.span()), w.window.model().documentProperty());
        assertThat(w.window.model().selected()).isEqualTo(rubaie.span());
        int before = onFx(() -> suggestions().revisionProperty().get());

        robot.type(KeyCode.DELETE);
        FxAwait.until("Rubaie deleted and the suggestions found again", () -> w.doc().spans().isEmpty()
                && suggestions().revisionProperty().get() > before, w.window.model().documentProperty(), suggestions().revisionProperty());
        // found from outside: the same words came straight back as a suggestion here, for a second no
        assertThat(onFx(() -> suggestions().suggestions().stream().noneMatch(s -> s.start() == rubaie.start() && s.end() == rubaie.end())))
                .isTrue();
        assertThat(styleAt(rubaie.start())).doesNotContain(HighlightStyler.SUGGESTION, HighlightStyler.ENTITY);
    }

    @Test
    void shiftEnterAcceptsTheWholeCableAsOneStep(FxRobot robot) throws Exception {
        awaitSuggestions();
        chord(robot, KeyCode.SHIFT, KeyCode.ENTER);
        FxAwait.until("all accepted", () -> !w.doc().spans().isEmpty(), w.window.model().documentProperty());
        assertThat(w.entities()).contains("PER Rubaie", "LOC Iran", "LOC Baghdad");
        assertThat(w.window.statusBar().getText()).matches("Accepted \\d+ suggestions in this cable — Ctrl\\+Z undoes");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        FxAwait.until("all undone", () -> w.doc().spans().isEmpty(), w.window.model().documentProperty());
    }
}
