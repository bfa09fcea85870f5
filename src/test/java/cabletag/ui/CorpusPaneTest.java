package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CorpusPaneTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private CorpusPane pane;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met [LOC Tehran  ] .\n", "b.txt", "[LOC Erbil  ] is far .\n",
                "c.txt", "No tags here .\n");
        pane = new CorpusPane(model);
        stage.setScene(new Scene(pane, 500, 400));
        stage.show();
    }

    @Test
    void showsCountsAndStatusAndFiltersByNameAndStatus(FxRobot robot) {
        assertThat(pane.table().getItems()).extracting(CableEntry::name).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(pane.table().getItems()).extracting(CableEntry::entityCount).containsExactly(2, 1, 0);

        robot.interact(model::markReviewedAndNext);
        assertThat(pane.table().getSelectionModel().getSelectedItem().name()).isEqualTo("b.txt");

        robot.interact(() -> pane.statusFilter().setValue("reviewed"));
        assertThat(pane.table().getItems()).extracting(CableEntry::name).containsExactly("a.txt");

        robot.interact(() -> {
            pane.statusFilter().setValue(CorpusPane.ALL);
            pane.nameFilter().setText("c");
        });
        assertThat(pane.table().getItems()).extracting(CableEntry::name).containsExactly("c.txt");
    }

    @Test
    void theSignsAndAbbreviationsOfTheTitlesAreSaidInWordsByTheirHeaders(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(headerTooltips(robot)).containsEntry("Ent", "Entities in the cable")
                .containsEntry(CorpusPane.PROBLEMS_TITLE, "Problems in the cable, as cabletag check counts them")
                .containsEntry(CorpusPane.MARK_REVIEWED, "Review status: \u25CB new, \u25D0 in progress, \u2713 reviewed")
                .doesNotContainKey("Cable");

        // the table's column menu shows a hidden column: the headers are made anew, and keep their words
        robot.interact(() -> pane.table().getColumns().get(4).setVisible(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(headerTooltips(robot)).containsKeys("Ent", CorpusPane.PROBLEMS_TITLE, CorpusPane.MARK_REVIEWED);
    }

    private java.util.Map<String, String> headerTooltips(FxRobot robot) {
        java.util.Map<String, String> words = new java.util.HashMap<>();
        robot.interact(() -> {
            for (javafx.scene.Node node : pane.table().lookupAll(".column-header")) {
                if (node instanceof javafx.scene.control.skin.TableColumnHeader header
                        && node.getProperties().get(HeaderTooltips.TOOLTIP_KEY) instanceof javafx.scene.control.Tooltip tip) {
                    words.put(header.getTableColumn().getText(), tip.getText());
                }
            }
        });
        return words;
    }

    @Test
    void choosingARowShowsThatCable(FxRobot robot) {
        robot.clickOn("b.txt");
        assertThat(model.currentCable()).isEqualTo(1);
        assertThat(model.document().source().name()).isEqualTo("b.txt");
    }

    @Test
    void ctrlClickSelectsSeveralCablesAndMovingOnGoesBackToOne(FxRobot robot) {
        robot.clickOn("a.txt");
        robot.press(KeyCode.CONTROL).clickOn("c.txt").release(KeyCode.CONTROL);
        assertThat(model.selectedCables()).containsExactly(0, 2);
        assertThat(pane.table().getSelectionModel().getSelectedItems()).extracting(CableEntry::name).containsExactly("a.txt", "c.txt");

        // Moving to a cable outside the selection selects just that one, as before.
        robot.interact(() -> model.show(1));
        assertThat(model.selectedCables()).containsExactly(1);
        assertThat(pane.table().getSelectionModel().getSelectedItem().name()).isEqualTo("b.txt");

        robot.clickOn("a.txt");
        robot.press(KeyCode.SHIFT).clickOn("c.txt").release(KeyCode.SHIFT);
        assertThat(model.selectedCables()).containsExactly(0, 1, 2);

        // A row that changes (its status here) stays selected.
        robot.interact(() -> model.workspace().setStatus(0, cabletag.workspace.ReviewStatus.REVIEWED));
        assertThat(pane.table().getItems().get(0).status()).isEqualTo(cabletag.workspace.ReviewStatus.REVIEWED);
        assertThat(model.selectedCables()).containsExactly(0, 1, 2);
    }

    /**
     * A cable whose row changes (here its status) gets its row refilled, and no other row does: the table's skin
     * empties and refills every row in view when told of a replaced row, which repainted the whole list after
     * each relabel that changed a count.
     */
    @Test
    void aChangedRowIsTheOnlyRowRefilled(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, Integer> refills = new java.util.HashMap<>();
        robot.interact(() -> {
            for (javafx.scene.Node node : pane.table().lookupAll(".table-row-cell")) {
                if (node instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof CableEntry entry) {
                    refills.put(entry.name(), 0);
                    row.itemProperty().addListener(o -> refills.merge(entry.name(), 1, Integer::sum));
                }
            }
        });
        assertThat(refills).containsOnlyKeys("a.txt", "b.txt", "c.txt");

        robot.interact(model::markReviewedAndNext); // a is reviewed; the list shows every status, so a stays where it is
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(refills).containsEntry("a.txt", 1).containsEntry("b.txt", 0).containsEntry("c.txt", 0);
        assertThat(pane.table().getItems().get(0).status()).isEqualTo(cabletag.workspace.ReviewStatus.REVIEWED);
        assertThat(WindowDriver.onFx(() -> statusMarkShownFor("a.txt"))).isEqualTo(CorpusPane.MARK_REVIEWED);
    }

    /** The review mark the row of {@code name} shows on the screen. */
    private String statusMarkShownFor(String name) {
        for (javafx.scene.Node node : pane.table().lookupAll(".review-column")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof CableEntry entry && entry.name().equals(name)) {
                return cell.getText();
            }
        }
        return null;
    }
}
