package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FindBarTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private CableView view;
    private FindBar bar;

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met officials in Najaf and later in Najaf again .\n",
                "b.txt", "Najaf .\n");
        view = new CableView(model);
        bar = new FindBar(model, view);
        BorderPane root = new BorderPane(view);
        root.setTop(bar);
        stage.setScene(new Scene(root, 700, 300));
        stage.show();
    }

    /** Types {@code text} into the bar and waits for the pulse that searches for it. */
    private void typed(FxRobot robot, String text) {
        robot.write(text);
        searched();
    }

    private void searched() {
        FxAwait.until("the typed query is searched", bar.searchPendingProperty(), Boolean.FALSE::equals);
    }

    @Test
    void findsNextAndPreviousAndTagsTheMatch(FxRobot robot) {
        String text = model.document().text();
        int first = text.indexOf("Najaf");
        int second = text.indexOf("Najaf", first + 1);
        robot.interact(bar::show);
        typed(robot, "najaf");
        assertThat(view.area().getSelection().getStart()).as("found as typed").isEqualTo(first);
        robot.type(KeyCode.ENTER);
        assertThat(view.area().getSelection().getStart()).isEqualTo(second);
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(view.area().getSelection().getStart()).isEqualTo(first);

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertThat(model.selected().start()).isEqualTo(first);
        assertThat(model.selected().label()).isEqualTo(Label.PER); // the find bar starts on the first label
        assertThat(model.document().textOf(model.selected())).isEqualTo("Najaf");
    }

    @Test
    void theBarShowsWhichMatchOfHowManyAndEnterAfterTaggingGoesToTheNext(FxRobot robot) {
        String text = model.document().text();
        int first = text.indexOf("Najaf");
        int second = text.indexOf("Najaf", first + 1);
        robot.interact(bar::show);
        typed(robot, "NAJAF");
        assertThat(bar.count().getText()).isEqualTo("1 of 2");
        assertThat(model.messageProperty().get()).startsWith("Match 1 of 2");

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertThat(model.document().spans()).contains(new cabletag.core.Span(first, first + 5, Label.PER));
        assertThat(model.messageProperty().get()).isEqualTo("Tagged “Najaf” as PER — Ctrl+Z undoes");

        robot.type(KeyCode.ENTER);
        assertThat(view.area().getSelection().getStart()).as("Enter after Ctrl+T: the next match").isEqualTo(second);
        assertThat(bar.count().getText()).isEqualTo("2 of 2");
        robot.type(KeyCode.ENTER);
        assertThat(bar.count().getText()).as("wraps round").isEqualTo("1 of 2");

        robot.type(KeyCode.BACK_SPACE);
        searched();
        assertThat(bar.count().getText()).as("a changed query is searched again from where the typing began").isEqualTo("1 of 2");
        typed(robot, "Xq");
        assertThat(bar.count().getText()).isEqualTo("no match");
    }

    /** The analyst had to press Enter before anything was found: the first match from the caret is selected as typed. */
    @Test
    void typingSelectsTheFirstMatchFromTheCaretWithoutEnter(FxRobot robot) {
        String text = model.document().text();
        int first = text.indexOf("Najaf");
        int second = text.indexOf("Najaf", first + 1);
        robot.interact(() -> view.area().moveTo(first + 1)); // inside the first: the next one is the first from here
        robot.interact(bar::show);
        typed(robot, "naj");
        assertThat(bar.count().getText()).isEqualTo("2 of 2");
        assertThat(view.area().getSelection().getStart()).isEqualTo(second);
        assertThat(view.area().getSelectedText()).isEqualTo("Naj");
        typed(robot, "af");
        assertThat(view.area().getSelectedText()).as("more letters keep the match they extend").isEqualTo("Najaf");
        assertThat(view.area().getSelection().getStart()).isEqualTo(second);
        assertThat(bar.field().isFocused()).as("the typing goes on in the field").isTrue();
    }

    /** Keys that come within one pulse are one search of the cable's text, not one each (a 5 MB cable). */
    @Test
    void theKeysOfOnePulseAreSearchedForOnce(FxRobot robot) {
        robot.interact(bar::show);
        long before = onFx(bar::passes);
        long during = onFx(() -> {
            for (String typed : new String[] {"n", "na", "naj", "naja", "najaf"}) {
                bar.field().setText(typed); // five keys before the next pulse
            }
            return bar.passes();
        });
        assertThat(during).as("no search before the pulse").isEqualTo(before);
        FxAwait.until("the typed query is searched", bar.count().textProperty(), "1 of 2"::equals);
        assertThat(onFx(bar::passes)).as("one search for the five keys").isEqualTo(before + 1);
        robot.type(KeyCode.ENTER);
        assertThat(onFx(bar::passes)).as("Enter goes on through the matches found").isEqualTo(before + 1);
        assertThat(bar.count().getText()).isEqualTo("2 of 2");
    }

    /**
     * The bar kept "2 of 2" and its match when the next cable was shown, and Ctrl+T then tagged the old cable's
     * offsets in the new one: the match goes, the count is the new cable's, and Enter finds in the new cable.
     */
    @Test
    void anotherCableLetsGoOfTheMatchAndCountsItsOwn(FxRobot robot) {
        robot.interact(bar::show);
        robot.write("najaf").type(KeyCode.ENTER);
        assertThat(bar.count().getText()).isEqualTo("2 of 2");
        assertThat(model.messageProperty().get()).startsWith("Match 2 of 2");
        robot.interact(model::nextCable);
        FxAwait.until("b.txt is shown", model.documentProperty(), d -> d != null && d.source().name().equals("b.txt"));
        assertThat(bar.count().getText()).as("the new cable's count, no match selected").isEqualTo("1 match");
        assertThat(model.messageProperty().get()).as("no line about the old cable's match").doesNotStartWith("Match");
        robot.interact(() -> bar.field().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertThat(model.document().spans()).as("Ctrl+T tags the new cable's match, not the old offsets")
                .containsExactly(new cabletag.core.Span(0, 5, Label.PER));
        assertThat(bar.count().getText()).isEqualTo("1 of 1");
    }
}
