package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The corpus list shows each cable's origin, day created and classification, and filters by them. */
@ExtendWith(ApplicationExtension.class)
class CorpusFilterWindowTest {

    @TempDir
    static java.nio.file.Path temp;

    private WindowDriver w;

    private static String cable(String origin, String created, String classification) {
        return "Identifier: X\nOrigin: " + origin + "\nCreated: " + created + "\nClassification: " + classification
                + "\n\n[PER Rubaie  ] met [LOC Tehran  ] .\n";
    }

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.open(stage, temp,
                "a.txt", cable("Embassy Baghdad", "2005-07-19 16:42:00", "SECRET//NOFORN"),
                "b.txt", cable("Embassy Paris", "2006-12-31 08:00:00", "CONFIDENTIAL"),
                "c.txt", cable("Embassy Baghdad", "2009-01-25 10:00:00", "UNCLASSIFIED"),
                "d.txt", "No header here . [PER Jalili  ]\n");
    }

    /**
     * The names of the rows the list holds, in its order. Read from its rows, not from its cells: with the header
     * columns shown the list scrolls sideways, and the cells of columns scrolled out of view are not made.
     */
    private List<String> names() {
        return onFx(() -> w.window.corpusPane().table().getItems().stream().map(entry -> cabletag.core.ShownName.of(entry.name())).toList());
    }

    /** The header fields of the rows the list holds, as its Origin, Created and Class. columns give them. */
    private List<List<String>> headerFields() {
        return onFx(() -> {
            var table = w.window.corpusPane().table();
            return java.util.stream.IntStream.range(0, table.getItems().size())
                    .mapToObj(row -> w.window.corpusPane().headerColumns().stream()
                            .map(column -> column.getCellData(row) == null ? "" : String.valueOf(column.getCellData(row))).toList())
                    .toList();
        });
    }

    private void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clear(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().clear());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void rowsShowTheHeaderAndTheOriginClassificationAndDateFiltersNarrowThem(FxRobot robot) throws Exception {
        w.awaitOpened();
        // the first cable is read on opening, the others by the background reader: wait for its news
        FxAwait.until("every cable read", () -> w.window.model().cables().stream().allMatch(c -> c.entityCount() >= 0),
                w.window.model().cables());
        assertThat(onFx(() -> w.window.corpusPane().headerColumns().stream().map(c -> c.getText() + " " + c.isVisible()).toList()))
                .as("hidden at first: in the pane's usual width they would cut every name")
                .containsExactly("Origin false", "Created false", "Class. false");
        // as the table's menu button does
        robot.interact(() -> w.window.corpusPane().headerColumns().forEach(c -> c.setVisible(true)));
        assertThat(headerFields())
                .containsExactly(
                        List.of("Embassy Baghdad", "2005-07-19", "SECRET//NOFORN"),
                        List.of("Embassy Paris", "2006-12-31", "CONFIDENTIAL"),
                        List.of("Embassy Baghdad", "2009-01-25", "UNCLASSIFIED"),
                        List.of("", "", ""));

        type(robot, "#corpus-origin-filter", "baghdad");
        assertThat(names()).containsExactly("a.txt", "c.txt");
        type(robot, "#corpus-from-filter", "2006");
        assertThat(names()).as("origin and from, both").containsExactly("c.txt");
        clear(robot, "#corpus-origin-filter");
        assertThat(names()).containsExactly("b.txt", "c.txt");
        type(robot, "#corpus-to-filter", "2008");
        assertThat(names()).as("2006 to 2008, both years counting").containsExactly("b.txt");
        assertThat(robot.lookup("#corpus-pane").lookup(".label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && "1 of 4".equals(l.getText())).count())
                .as("the count says how many are shown").isEqualTo(1);
        clear(robot, "#corpus-from-filter");
        clear(robot, "#corpus-to-filter");
        type(robot, "#corpus-classification-filter", "secret");
        assertThat(names()).containsExactly("a.txt");
        clear(robot, "#corpus-classification-filter");
        assertThat(names()).containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
    }

    /**
     * Ctrl+Enter with a filter on goes to the next cable the list shows, never to one it hides (the next
     * Ctrl+Enter marked that one reviewed unseen), and says so when the list has none left to review.
     */
    @Test
    void markReviewedStaysWithinTheCablesTheFilterKeeps(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", () -> w.window.model().cables().stream().allMatch(c -> c.entityCount() >= 0),
                w.window.model().cables());
        type(robot, "#corpus-origin-filter", "baghdad");
        assertThat(names()).containsExactly("a.txt", "c.txt");
        robot.interact(() -> w.window.model().show(0));
        robot.interact(() -> w.window.cableView().area().requestFocus());

        WindowDriver.chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER);
        assertThat(onFx(() -> w.window.model().document().source().name())).as("b.txt is hidden").isEqualTo("c.txt");
        WindowDriver.chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER);

        assertThat(onFx(() -> w.window.model().document().source().name())).isEqualTo("c.txt");
        assertThat(onFx(() -> w.window.model().messageProperty().get()))
                .startsWith("Reviewed; no cable the list shows is left to review (2 more outside its filters)");
        assertThat(onFx(() -> w.window.model().cables().stream().filter(c -> c.status() == cabletag.workspace.ReviewStatus.REVIEWED)
                .map(c -> c.name()).toList())).containsExactly("a.txt", "c.txt");
    }
}
