package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.suggest.Suggestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cable's suggestion frames (the suggestion style spans) are drawn whenever the cable is shown, not only
 * when its suggestions first arrive: moving to another cable and back (Ctrl+PageUp, Ctrl+PageDown) once
 * left both cables without frames until J was pressed. And the status bar's words about a selected
 * suggestion do not stay on another cable.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionFramesWindowTest {

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

    private static final String SEED_000 = "000_cb2ef8ccb40cf302.txt";
    private static final String SEED_004 = "004_139b5bbd77eb63a8.txt";

    /** Opens on seed 004 (the first cable with entities) and waits for the corpus's evidence to be gathered. */
    private void awaitGathered() throws Exception {
        w.awaitOpened();
        FxAwait.until("the corpus's suggestions gathered", () -> suggestions().session() != null && suggestions().session().isReady(),
                suggestions().revisionProperty());
        assertThat(w.doc().source().name()).isEqualTo(SEED_004);
    }

    /** The shown cable's suggestions not drawn with the suggestion style on every one of their characters. */
    private List<String> unframed() {
        return onFx(() -> {
            List<String> missing = new ArrayList<>();
            var area = w.window.cableView().area();
            for (Suggestion suggestion : suggestions().suggestions()) {
                for (int at = suggestion.start(); at < suggestion.end(); at++) {
                    if (!area.getStyleOfChar(at).contains(HighlightStyler.SUGGESTION)) {
                        missing.add(suggestion.text() + " at " + suggestion.start());
                        break;
                    }
                }
            }
            return missing;
        });
    }

    private void awaitShown(String name) {
        FxAwait.until(name + " shown", () -> w.doc() != null && w.doc().source().name().equals(name),
                w.window.model().documentProperty());
    }

    @Test
    void framesAreDrawnAgainWhenACableIsShownAgain(FxRobot robot) throws Exception {
        awaitGathered();

        chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        awaitShown(SEED_000);
        assertThat(onFx(() -> suggestions().suggestions().size())).as("seed 000 has suggestions from the gazetteer").isPositive();
        assertThat(unframed()).as("frames on seed 000").isEmpty();

        chord(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        awaitShown(SEED_004);
        assertThat(unframed()).as("frames on seed 004").isEmpty();

        chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        awaitShown(SEED_000);
        assertThat(onFx(() -> suggestions().suggestions().size())).isPositive();
        assertThat(unframed()).as("frames on seed 000 shown again").isEmpty();
    }

    @Test
    void aSuggestionsMessageDoesNotStayOnAnotherCable(FxRobot robot) throws Exception {
        awaitGathered();
        robot.type(KeyCode.J);
        String none = onFx(() -> w.window.model().messageProperty().get());
        assertThat(none).isEqualTo("No suggestions in this cable"); // seed 004's entities are the only evidence

        chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        awaitShown(SEED_000);
        assertThat(onFx(() -> w.window.model().messageProperty().get())).as("seed 000 has suggestions").isNotEqualTo(none);
        robot.type(KeyCode.J);
        String said = onFx(() -> w.window.model().messageProperty().get());
        assertThat(said).startsWith("Suggestion ");

        chord(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        awaitShown(SEED_004);
        assertThat(onFx(() -> w.window.model().messageProperty().get())).isNotEqualTo(said);
        assertThat(onFx(() -> suggestions().selected())).isNull();
    }

    @Test
    void textSelectedAwayFromTheSelectedSuggestionTakesItsFrameAndItsMessageAway(FxRobot robot) throws Exception {
        awaitGathered();
        chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        awaitShown(SEED_000);
        robot.type(KeyCode.J);
        Suggestion suggestion = onFx(() -> suggestions().selected());
        assertThat(suggestion).isNotNull();
        var area = w.window.cableView().area();
        assertThat(onFx(() -> area.getStyleOfChar(suggestion.start()))).contains(HighlightStyler.SELECTED);

        int elsewhere = suggestion.end() + 1 < w.doc().text().length() - 4 ? suggestion.end() + 1 : 0;
        robot.interact(() -> area.selectRange(elsewhere, elsewhere + 3));
        assertThat(onFx(() -> suggestions().selected())).as("the suggestion lets go").isNull();
        assertThat(onFx(() -> area.getStyleOfChar(suggestion.start()))).as("its frame").doesNotContain(HighlightStyler.SELECTED);
        assertThat(onFx(() -> w.window.model().messageProperty().get())).doesNotStartWith("Suggestion ");
    }
}
