package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EntityTableTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private EntityTable table;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        // an emoji first (two UTF-16 units, one code point): the offsets shown are code points, as in the exports
        model = TestCorpus.open(temp, "a.txt", "\uD83D\uDE00 [PER Rubaie  ] met [LOC Tehran  ] and [PER Erbil  ] officials .\n");
        table = new EntityTable(model);
        stage.setScene(new Scene(table, 500, 400));
        stage.show();
    }

    @Test
    void listsTheEntitiesAndFiltersByTextAndLabel(FxRobot robot) {
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Rubaie", "Tehran", "Erbil");

        robot.interact(() -> table.textFilter().setText("er"));
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Erbil");

        robot.interact(() -> {
            table.textFilter().setText("");
            table.labelFilter().getCheckModel().check(Label.PER);
        });
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Rubaie", "Erbil");
    }

    @Test
    void rowSelectionAndEntitySelectionFollowEachOther(FxRobot robot) {
        robot.clickOn("Tehran");
        assertThat(model.selected().label()).isEqualTo(Label.LOC);

        Span erbil = model.document().spans().get(2);
        robot.interact(() -> model.select(erbil));
        assertThat(table.table().getSelectionModel().getSelectedItem().span()).isEqualTo(erbil);

        robot.interact(() -> model.applyLabel(Label.LOC, 0, 0));
        assertThat(table.table().getItems()).extracting(r -> r.span().label()).containsExactly(Label.PER, Label.LOC, Label.LOC);
        assertThat(table.table().getSelectionModel().getSelectedItem().span()).isEqualTo(erbil.withLabel(Label.LOC));
    }

    @Test
    void aRelabelRepaintsTheLabelCellOfTheSameRow(FxRobot robot) {
        EntityTable.Row erbilRow = table.table().getItems().get(2);
        robot.interact(() -> model.select(model.document().spans().get(2)));

        robot.interact(() -> model.applyLabel(Label.LOC, 0, 0));

        assertThat(table.table().getItems().get(2)).as("the row changed in place, not replaced").isSameAs(erbilRow);
        assertThat(erbilRow.span().label()).isEqualTo(Label.LOC);
        assertThat(labelCellText(robot, 2)).isEqualTo("LOC");
        assertThat(labelCellText(robot, 0)).isEqualTo("PER");
    }

    @Test
    void aRelabelMovesTheRowWhenTheViewIsFilteredOrSortedByLabel(FxRobot robot) {
        robot.interact(() -> table.labelFilter().getCheckModel().check(Label.PER));
        robot.interact(() -> model.select(model.document().spans().get(2)));

        robot.interact(() -> model.applyLabel(Label.LOC, 0, 0));
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Rubaie");

        robot.interact(() -> {
            table.labelFilter().getCheckModel().clearChecks();
            table.table().getSortOrder().setAll(table.table().getColumns().get(1));
        });
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Tehran", "Erbil", "Rubaie");
        robot.interact(() -> model.select(model.document().spans().get(0)));

        robot.interact(() -> model.applyLabel(Label.LOC, 0, 0)); // Rubaie: PER -> LOC
        robot.interact(() -> model.select(model.document().spans().get(1)));
        robot.interact(() -> model.applyLabel(Label.PER, 0, 0)); // Tehran: LOC -> PER, now last

        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Rubaie", "Erbil", "Tehran");
        assertThat(labelCellText(robot, 2)).isEqualTo("PER");
    }

    private static String labelCellText(FxRobot robot, int row) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getIndex() == row
                        && cell.getTableColumn().getText().equals("Label"))
                .map(TableCell::getText)
                .findFirst().orElseThrow();
    }

    /** An entity after an emoji showed its UTF-16 offsets here, one more than the export's. */
    @Test
    void startAndEndAreCodePointsAsInTheExports() {
        String text = model.document().text();
        List<List<Integer>> expected = new ArrayList<>();
        for (String entity : List.of("Rubaie", "Tehran", "Erbil")) {
            int start = text.codePointCount(0, text.indexOf(entity)); // what Python's text[start:end] counts
            expected.add(List.of(start, start + entity.length()));
        }
        assertThat(expected.get(0).get(0)).isEqualTo(text.indexOf("Rubaie") - 1);
        assertThat(WindowDriver.onFx(this::offsetsShown)).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private List<List<Integer>> offsetsShown() {
        TableColumn<EntityTable.Row, Integer> start = (TableColumn<EntityTable.Row, Integer>) table.table().getColumns().get(2);
        TableColumn<EntityTable.Row, Integer> end = (TableColumn<EntityTable.Row, Integer>) table.table().getColumns().get(3);
        return table.table().getItems().stream().map(row -> List.of(start.getCellData(row), end.getCellData(row))).toList();
    }
}
