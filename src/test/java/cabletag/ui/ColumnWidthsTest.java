package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Short columns as wide as their values or titles, no wider: their titles stay whole when the table is sorted by
 * them (the arrow beside the title gets room) and beside the table's menu button, which lies over the last
 * column's header while no vertical scroll bar shows.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsTest {

    private TableView<Integer> table;
    private TableColumn<Integer, String> name;
    private TableColumn<Integer, Integer> count;
    private TableColumn<Integer, String> mark;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(1, 2, 3));
        name = new TableColumn<>("Cable");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("cable " + c.getValue()));
        name.setPrefWidth(150);
        count = new TableColumn<>("Ent");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        NumberCell.install(count, 3);
        mark = new TableColumn<>(CorpusPane.MARK_REVIEWED);
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(CorpusPane.MARK_NEW));
        mark.getStyleClass().add("review-column");
        ColumnWidths.fit(mark, CorpusPane.MARK_IN_PROGRESS);
        ColumnWidths.besideMenuButton(mark);
        table.getColumns().setAll(List.of(name, count, mark));
        table.setTableMenuButtonVisible(true);
        ColumnWidths.install(table);
        ColumnFit.install(table);
        Scene scene = new Scene(new StackPane(table), 300, 300);
        scene.getStylesheets().add(getClass().getResource("/cabletag/ui/cabletag.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The title as the header draws it, "…" where it is cut. */
    private String drawnTitle(TableColumn<?, ?> column) {
        return onFx(() -> {
            table.applyCss();
            table.layout();
            return table.lookupAll(".column-header").stream()
                    .filter(header -> header instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == column)
                    .map(header -> ((Text) header.lookup(".label").lookup(".text")).getText()).findFirst().orElseThrow();
        });
    }

    @Test
    void aCountsTitleStaysWholeWhileTheTableIsSortedByIt(FxRobot robot) {
        double unsorted = onFx(count::getWidth);
        assertThat(unsorted).as("no wider than three digits or the title need")
                .isLessThanOrEqualTo(Math.max(ColumnWidths.ofCell("999"), ColumnWidths.ofTitle("Ent")) + 0.5);
        robot.interact(() -> table.getSortOrder().setAll(List.of(count)));
        assertThat(drawnTitle(count)).isEqualTo("Ent");
        assertThat(onFx(count::getWidth)).as("room for the arrow").isGreaterThan(unsorted);
        robot.interact(() -> table.getSortOrder().clear());
        assertThat(drawnTitle(count)).isEqualTo("Ent");
        assertThat(onFx(count::getWidth)).as("the arrow's room given back").isEqualTo(unsorted, org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void theLastColumnKeepsRoomForTheMenuButtonOnlyWhileNoVerticalScrollBarShows(FxRobot robot) {
        double withoutBar = onFx(mark::getWidth);
        Labeled title = onFx(() -> (Labeled) table.lookupAll(".column-header").stream()
                .filter(header -> header instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == mark)
                .map(header -> header.lookup(".label")).findFirst().orElseThrow());
        javafx.scene.Node button = onFx(() -> table.lookup(".show-hide-columns-button"));
        double titleRight = onFx(() -> title.localToScene(title.getBoundsInLocal()).getMinX()
                + ((Text) title.lookup(".text")).getLayoutBounds().getWidth() + ((Text) title.lookup(".text")).getLayoutX());
        assertThat(titleRight).as("the title ends left of the menu button")
                .isLessThanOrEqualTo(onFx(() -> button.localToScene(button.getBoundsInLocal()).getMinX()) + 0.5);
        robot.interact(() -> {
            for (int i = 4; i < 200; i++) {
                table.getItems().add(i);
            }
        });
        javafx.scene.control.ScrollBar bar = onFx(() -> table.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(node -> (javafx.scene.control.ScrollBar) node).findFirst().orElseThrow());
        FxAwait.until("a vertical scroll bar", bar.visibleProperty(), Boolean.TRUE::equals);
        onFx(() -> {
            table.layout();
            return null;
        });
        assertThat(onFx(mark::getWidth)).as("the button stands over the scroll bar: its room goes to the others")
                .isLessThan(withoutBar - 5);
    }

    /**
     * Fewer rows again (a filter): the bar goes and the room comes back, and the columns still fit the table, the
     * mark's whole column left of the button; its header and marks went under the button and out of the table.
     */
    @Test
    void theRoomComesBackWhenTheBarGoesAndTheColumnsStillFit(FxRobot robot) {
        double withoutBar = onFx(mark::getWidth);
        javafx.scene.control.ScrollBar bar = onFx(() -> table.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(node -> (javafx.scene.control.ScrollBar) node).findFirst().orElseThrow());
        robot.interact(() -> {
            for (int i = 4; i < 200; i++) {
                table.getItems().add(i);
            }
        });
        FxAwait.until("a vertical scroll bar", bar.visibleProperty(), Boolean.TRUE::equals);
        robot.interact(() -> table.getItems().remove(3, table.getItems().size()));
        FxAwait.until("no vertical scroll bar", bar.visibleProperty(), Boolean.FALSE::equals);
        robot.interact(() -> {
            table.applyCss();
            table.layout();
        });

        assertThat(onFx(mark::getWidth)).isEqualTo(withoutBar, org.assertj.core.api.Assertions.within(0.5));
        double columns = onFx(() -> name.getWidth() + count.getWidth() + mark.getWidth());
        javafx.scene.Node button = onFx(() -> table.lookup(".show-hide-columns-button"));
        javafx.scene.Node markHeader = onFx(() -> table.lookupAll(".column-header").stream()
                .filter(header -> header instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == mark)
                .findFirst().orElseThrow());
        double tableRight = onFx(() -> table.localToScene(table.getBoundsInLocal()).getMaxX());
        double markRight = onFx(() -> markHeader.localToScene(markHeader.getBoundsInLocal()).getMaxX());
        assertThat(columns).as("the columns fit the table").isLessThanOrEqualTo(onFx(table::getWidth));
        assertThat(markRight).as("the mark's column ends inside the table").isLessThanOrEqualTo(tableRight);
        assertThat(drawnTitle(mark)).isEqualTo(CorpusPane.MARK_REVIEWED);
        assertThat(onFx(() -> button.localToScene(button.getBoundsInLocal()).getMinX())).isGreaterThan(0);
    }
}
