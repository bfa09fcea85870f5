package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The corpus list's Origin, Created and Class. columns, shown from the list's menu (+). At 1024×700 Origin showed
 * ticked but no column appeared: squeezed to a few pixels under the menu button, while the names were cut to
 * "… (copy).txt", and nothing scrolled sideways. A column the analyst shows now keeps a useful width and is
 * brought into view, scrolling the list sideways when the pane is too narrow for every column; the names keep
 * their seven characters.
 */
@ExtendWith(ApplicationExtension.class)
class CorpusHeaderColumnsWindowTest {

    @TempDir
    static Path temp;

    private Stage stage;
    private WindowDriver w;

    private static String cable(String origin, String created, String classification) {
        return "Identifier: X\nOrigin: " + origin + "\nCreated: " + created + "\nClassification: " + classification
                + "\n\n[PER Rubaie  ] met [LOC Tehran  ] .\n";
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        List<String> files = new ArrayList<>();
        for (int i = 1200; i < 1206; i++) {
            files.add("09BAGHDAD" + i + " (copy).txt");
            files.add(cable("Embassy Baghdad", "2009-01-" + (i - 1180) + " 10:00:00", "SECRET//NOFORN"));
        }
        w = WindowDriver.open(stage, temp, files.toArray(String[]::new));
    }

    private TableView<CableEntry> table() {
        return w.window.corpusPane().table();
    }

    @Test
    void aHeaderColumnShownIsInViewAndTheNamesKeepTheirSevenCharacters(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", () -> w.window.model().cables().stream().allMatch(c -> c.entityCount() >= 0),
                w.window.model().cables());
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            WindowDriver.resize(stage, size[0], size[1]);
            String at = (int) size[0] + "×" + (int) size[1];
            List<TableColumn<CableEntry, ?>> header = onFx(() -> List.copyOf(w.window.corpusPane().headerColumns()));
            for (TableColumn<CableEntry, ?> shown : header) {
                // as the table's menu button (+) does
                robot.interact(() -> shown.setVisible(true));
                WindowDriver.resize(stage, size[0], size[1]); // and laid out
                String what = at + ", " + shown.getText() + " shown";
                assertThat(onFx(shown::getWidth)).as("%s: its width holds its title", what)
                        .isGreaterThanOrEqualTo(ColumnWidths.ofTitle(shown.getText()) - 0.5);
                assertThat(onFx(shown::getWidth)).as("%s: its width keeps its minimum", what).isGreaterThanOrEqualTo(onFx(shown::getMinWidth) - 0.5);
                assertInView(shown, what);
                // and its first row shows the start of its value at least ("Embassy…"; a day whole)
                String value = onFx(() -> String.valueOf(shown.getCellData(0)));
                String drawn = drawnFirstCell(shown);
                assertThat(value).as(what).isIn("Embassy Baghdad", "2009-01-20", "SECRET//NOFORN");
                assertThat(drawn).as("%s: its first cell as drawn", what).satisfiesAnyOf(
                        whole -> assertThat(whole).isEqualTo(value),
                        cut -> assertThat(cut).startsWith(value.substring(0, 5)).matches(".*(\u2026|\\.\\.\\.)"));
                assertThat(value.equals("2009-01-20") ? drawn : value).as("%s: a day shows whole", what).isEqualTo(value);
                TableColumn<CableEntry, ?> names = onFx(() -> table().getColumns().get(0));
                assertThat(onFx(names::getWidth)).as("%s: the names keep seven characters", what)
                        .isGreaterThanOrEqualTo(CorpusPane.nameMinWidth() - 0.5);
                double room = onFx(() -> table().getWidth() - table().getInsets().getLeft() - table().getInsets().getRight());
                double widths = onFx(() -> table().getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum());
                assertThat(widths <= room + 0.5 || WindowDriver.scrollBarShown(table(), Orientation.HORIZONTAL))
                        .as("%s: columns %.0f px in %.0f px, and no sideways scroll bar", what, widths, room).isTrue();
            }
            robot.interact(() -> header.forEach(column -> column.setVisible(false)));
            WindowDriver.resize(stage, size[0], size[1]);
            assertThat(WindowDriver.scrollBarShown(table(), Orientation.HORIZONTAL)).as("%s: hidden again, no sideways scroll", at).isFalse();
        }
    }

    /** The text the first row's cell of {@code column} draws, "…" where it is cut. */
    private String drawnFirstCell(TableColumn<CableEntry, ?> column) {
        return onFx(() -> {
            table().applyCss();
            table().layout();
            javafx.scene.control.TableCell<?, ?> cell = table().lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == column && c.getIndex() == 0)
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n).findFirst()
                    .orElseThrow(() -> new AssertionError("no cell of " + column.getText() + " in the first row"));
            return ((javafx.scene.text.Text) cell.lookup(".text")).getText();
        });
    }

    /** The column's header lies within the list's visible width: the column is on screen, not scrolled or squeezed away. */
    private void assertInView(TableColumn<CableEntry, ?> column, String what) {
        Bounds header = onFx(() -> {
            TableColumnHeader node = table().lookupAll(".column-header").stream()
                    .filter(h -> h instanceof TableColumnHeader each && each.getTableColumn() == column)
                    .map(h -> (TableColumnHeader) h).findFirst().orElseThrow(() -> new AssertionError(what + ": no header"));
            return node.localToScene(node.getBoundsInLocal());
        });
        double[] visible = onFx(() -> {
            Bounds bounds = table().localToScene(table().getBoundsInLocal());
            double scrollBar = table().lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible())
                    .mapToDouble(n -> ((ScrollBar) n).getWidth()).sum();
            return new double[] {bounds.getMinX() + table().getInsets().getLeft(),
                    bounds.getMaxX() - table().getInsets().getRight() - scrollBar};
        });
        assertThat(header.getWidth()).as("%s: the column's width", what).isGreaterThanOrEqualTo(onFx(column::getMinWidth) - 0.5);
        assertThat(header.getMinX()).as("%s: the column's left edge in view (%.0f–%.0f)", what, visible[0], visible[1])
                .isGreaterThanOrEqualTo(visible[0] - 0.5);
        // each header before it is laid out on whole pixels, up to a pixel wider than its column
        double snapping = onFx(() -> (double) table().getVisibleLeafColumns().indexOf(column));
        assertThat(header.getMaxX()).as("%s: the column's right edge in view (%.0f–%.0f)", what, visible[0], visible[1])
                .isLessThanOrEqualTo(visible[1] + snapping + 0.5);
    }
}
