package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
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
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met [LOC Tehran  ] and [PER Erbil  ] officials .\n");
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
}
