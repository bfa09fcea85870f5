package cabletag.ui;

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
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met officials in Najaf and later in Najaf again .\n");
        view = new CableView(model);
        bar = new FindBar(model, view);
        BorderPane root = new BorderPane(view);
        root.setTop(bar);
        stage.setScene(new Scene(root, 700, 300));
        stage.show();
    }

    @Test
    void findsNextAndPreviousAndTagsTheMatch(FxRobot robot) {
        String text = model.document().text();
        int first = text.indexOf("Najaf");
        int second = text.indexOf("Najaf", first + 1);
        robot.interact(bar::show);
        robot.write("najaf").type(KeyCode.ENTER);
        assertThat(view.area().getSelection().getStart()).isEqualTo(first);
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
        robot.write("NAJAF").type(KeyCode.ENTER);
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
        assertThat(bar.count().getText()).as("a changed query forgets the old count").isEmpty();
        robot.write("Xq").type(KeyCode.ENTER);
        assertThat(bar.count().getText()).isEqualTo("no match");
    }
}
