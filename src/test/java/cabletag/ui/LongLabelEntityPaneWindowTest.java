package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A label named by the analyst (N) can be long: {@code RELIGIOUS_GROUP}. At 1024×700 its name widened the Label
 * column until Start and End went out of sight behind a sideways scroll bar, and the label filter's list grew
 * with it until the text filter beside it was an empty box. The four columns stay in the pane, the long name
 * cut with "…" and whole on hover, and both filters keep their room.
 */
class LongLabelEntityPaneWindowTest extends SeedWindowTest {

    static final Label LONG = Label.of("RELIGIOUS_GROUP");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    /** Relabels the cable's first entity with the long label, as N and its dialog do, and waits for the palette to have it. */
    private void relabelFirstEntityLong(FxRobot robot) {
        FxAwait.until("the first cable", window.model().documentProperty(), Objects::nonNull);
        robot.interact(() -> {
            Span first = window.model().document().spans().get(0);
            window.model().select(first);
            window.model().applyLabel(LONG, 0, 0);
        });
        FxAwait.until("the palette has " + LONG, () -> window.model().palette().labels().contains(LONG),
                window.model().paletteVersionProperty());
        FxAwait.until("the entity table lists it", () -> window.entityTable().table().getItems().stream()
                .anyMatch(row -> row.span().label().equals(LONG)), window.entityTable().table().getItems());
    }

    @Test
    void aLongLabelLeavesTheFourColumnsAndTheFiltersInThePane(FxRobot robot) {
        relabelFirstEntityLong(robot);
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            WindowDriver.resize(stage, size[0], size[1]);
            String at = (int) size[0] + "×" + (int) size[1];
            TableView<EntityTable.Row> table = window.entityTable().table();
            assertThat(WindowDriver.scrollBarShown(table, Orientation.HORIZONTAL)).as("the entity table scrolls sideways at %s", at).isFalse();
            List<TableColumn<EntityTable.Row, ?>> columns = onFx(() -> List.copyOf(table.getVisibleLeafColumns()));
            assertThat(columns).extracting(TableColumn::getText).containsExactly("Text", "Label", "Start", "End");
            double room = onFx(() -> table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight());
            double widths = 0;
            for (TableColumn<EntityTable.Row, ?> column : columns) {
                assertThat(onFx(column::getWidth)).as("%s: the column %s keeps its minimum", at, column.getText())
                        .isGreaterThanOrEqualTo(onFx(column::getMinWidth) - 0.5);
                widths += onFx(column::getWidth);
            }
            assertThat(widths).as("%s: the four columns within the table's %.0f px", at, room).isLessThanOrEqualTo(room + 0.5);
            int length = onFx(() -> window.model().document().text().length());
            assertThat(onFx(columns.get(3)::getWidth)).as("%s: the End column fits the cable's largest offset", at)
                    .isGreaterThan(NumberCell.widthOf(NumberCell.format(length)));
            assertThat(onFx(columns.get(1)::getWidth)).as("%s: the Label column still fits MISC", at)
                    .isGreaterThan(NumberCell.widthOf("MISC"));

            // the long label is cut with "…", and its cell's tooltip names it whole
            TableCell<?, ?> cell = labelCell(table, LONG.name());
            String drawn = onFx(() -> ((Text) cell.lookup(".text")).getText());
            assertThat(drawn).as("%s: the long label as drawn", at).satisfiesAnyOf(
                    whole -> assertThat(whole).isEqualTo(LONG.name()),
                    cut -> assertThat(cut).startsWith("RELI").matches(".*(\u2026|\\.\\.\\.)"));
            assertThat(onFx(() -> cell.getTooltip() == null ? null : cell.getTooltip().getText())).as("%s: its tooltip", at)
                    .isEqualTo(LONG.name());

            // the filters: the label filter says "Labels (0/5)" whole, the text filter keeps room for its prompt
            EntityTable entities = window.entityTable();
            javafx.scene.control.ListCell<?> titleCell = onFx(() ->
                    entities.labelFilter().lookupAll(".combo-box").stream()
                            .filter(node -> node instanceof javafx.scene.control.ComboBox<?>).map(node -> (javafx.scene.control.ComboBox<?>) node)
                            .findFirst().orElseThrow().getButtonCell());
            assertThat(onFx(titleCell::getText)).isEqualTo("Labels (0/5)");
            assertThat(onFx(() -> ((Text) titleCell.lookup(".text")).getText())).as("%s: the label filter's title as drawn", at)
                    .isEqualTo("Labels (0/5)");
            assertInside(entities.labelFilter(), entities, at + ": the label filter");
            TextField field = entities.textFilter();
            double fieldRoom = onFx(() -> field.getWidth() - field.snappedLeftInset() - field.snappedRightInset());
            double prompt = onFx(() -> {
                Text text = new Text(field.getPromptText());
                text.setFont(field.getFont());
                return text.getLayoutBounds().getWidth();
            });
            assertThat(fieldRoom).as("%s: room in the text filter for its prompt '%s'", at, field.getPromptText()).isGreaterThanOrEqualTo(prompt);
        }
    }

    /** The label cell in view that shows {@code label}, laid out. */
    private static TableCell<?, ?> labelCell(TableView<?> table, String label) {
        return onFx(() -> {
            table.applyCss();
            table.layout();
            return table.lookupAll(".label-cell").stream()
                    .map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> label.equals(cell.getText()) && cell.isVisible())
                    .findFirst().orElseThrow(() -> new AssertionError("no label cell of " + label + " in view"));
        });
    }

    private static void assertInside(Node node, Node pane, String what) {
        Bounds bounds = onFx(() -> node.localToScene(node.getBoundsInLocal()));
        Bounds room = onFx(() -> pane.localToScene(pane.getBoundsInLocal()));
        assertThat(bounds.getMaxX()).as(what + ": right edge within the pane's").isLessThanOrEqualTo(room.getMaxX() + 0.5);
        assertThat(bounds.getMinX()).as(what + ": left edge within the pane's").isGreaterThanOrEqualTo(room.getMinX() - 0.5);
    }
}
