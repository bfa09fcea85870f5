package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
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
}
