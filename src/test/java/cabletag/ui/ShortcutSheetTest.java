package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sheet is built from the very list that handles the keys, and the README text names them all. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage);
    }

    /**
     * On a 1024x700 screen the sheet is 960x700: its keys and descriptions wrap to that width, with no
     * horizontal scroll bar and no text cut short. Its columns took the width of their longest entries
     * ("Shift+click, Ctrl+click, Shift+arrows in the entity table" and a 640-pixel description), and the
     * descriptions ran off the right edge.
     */
    @Test
    void theSheetReadsWithoutScrollingSidewaysAt1024x700(FxRobot robot) {
        Stage[] sheet = new Stage[1];
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            stage.show();
            sheet[0] = ShortcutSheet.show(stage, window.sheetRows(), window.model().palette());
            sheet[0].setWidth(960);
            sheet[0].setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            ScrollPane scroll = (ScrollPane) sheet[0].getScene().getRoot();
            double viewport = scroll.getViewportBounds().getWidth();
            assertThat(scroll.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof ScrollBar s
                    && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible()).as("a horizontal scroll bar").isEmpty();
            GridPane grid = (GridPane) scroll.getContent();
            assertThat(grid.getWidth()).isLessThanOrEqualTo(viewport);
            for (Node cell : grid.getChildren()) {
                Label label = (Label) cell;
                assertThat(label.getBoundsInParent().getMaxX()).as("right edge of '%s'", label.getText())
                        .isLessThanOrEqualTo(viewport);
                Text shown = (Text) label.lookup(".text");
                assertThat(shown.getText()).as("shown whole").isEqualTo(label.getText());
            }
        } finally {
            robot.interact(sheet[0]::close);
        }
    }

    @Test
    void everyKeyOfTheWindowIsOnTheSheetAndInTheDocs() throws Exception {
        List<String[]> rows = ShortcutSheet.rows(window.sheetRows(), window.model().palette());
        assertThat(rows).extracting(r -> r[0]).contains("1", "2", "3", "4", "Tab", "Ctrl+Enter", "Alt+Left", "S", "M", "Ctrl+Z");
        // the descriptions are also the Markdown of docs/KEYS.md: its code quotes are no backticks on the sheet
        assertThat(rows).extracting(r -> r[1]).noneMatch(description -> description.contains("`"))
                .anyMatch(description -> description.contains("(\u201Cerbil\u201D finds \u201CERBIL\u201D and \u201CErbil\u201D)"));
        String keys = Files.readString(Path.of("docs/KEYS.md"));
        for (WindowAction shortcut : window.sheetRows()) {
            for (String key : shortcut.keys().split(" / ")) {
                if (!key.contains(",") && !key.contains("Click")) {
                    assertThat(keys).as("docs/KEYS.md mentions %s", key).contains(key);
                }
            }
        }
    }
}
