package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A cable with many entities shows its text first and lists its entities once the text is laid out. */
@ExtendWith(ApplicationExtension.class)
class LargeCableListingTest {

    @TempDir
    static Path temp;

    private static final int ENTITIES = EntityTable.LISTED_AFTER_TEXT + 10;

    private CorrectorModel model;
    private EntityTable table;
    private CableView view;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < ENTITIES; i++) {
            big.append("[PER Rubaie  ] met ").append(i % 8 == 7 ? ".\n" : "");
        }
        model = TestCorpus.open(temp, "small.txt", "[PER Rubaie  ] met [LOC Tehran  ] .\n", "z-big.txt", big.toString(),
                "zz-small.txt", "[ORG Embassy  ] in [LOC Baghdad  ] and [LOC Erbil  ] .\n");
        view = new CableView(model);
        table = new EntityTable(model);
        Scene scene = new Scene(new HBox(view, table), 900, 500);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsTheEntitiesOnceTheTextIsOnScreen(FxRobot robot) throws Exception {
        AtomicReference<Integer> rowsWhenTextShown = new AtomicReference<>();
        AtomicReference<Integer> rowsRightAfterShow = new AtomicReference<>();
        AtomicReference<String> placeholder = new AtomicReference<>();
        robot.interact(() -> {
            view.setOnStyled(() -> rowsWhenTextShown.compareAndSet(null, table.table().getItems().size()));
            model.show(1);
            rowsRightAfterShow.set(table.table().getItems().size());
            placeholder.set(((javafx.scene.control.Label) table.table().getPlaceholder()).getText());
        });
        assertThat(rowsRightAfterShow.get()).as("rows right after the cable is shown").isZero();
        assertThat(placeholder.get()).isEqualTo(String.format("Listing %,d entities…", ENTITIES));

        FxAwait.until("the full entity list", () -> table.table().getItems().size() == ENTITIES, table.table().getItems());
        assertThat(rowsWhenTextShown.get()).as("rows when the highlighted text was shown").isZero();
        assertThat(view.area().getText()).isEqualTo(model.document().text());
        assertThat(table.table().getItems().get(ENTITIES - 1).span()).isEqualTo(model.document().spans().get(ENTITIES - 1));
    }

    @Test
    void anEditMadeBeforeTheListIsFilledIsInIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.show(1);
            model.select(model.document().spans().get(3));
            model.applyLabel(Label.LOC, 0, 0);
        });
        Span relabelled = model.document().spans().get(3);
        assertThat(relabelled.label()).isEqualTo(Label.LOC);

        FxAwait.until("the full entity list", () -> table.table().getItems().size() == ENTITIES, table.table().getItems());
        assertThat(table.table().getItems().get(3).span()).isEqualTo(relabelled);
        robot.interact(() -> model.select(relabelled));
        assertThat(table.table().getSelectionModel().getSelectedItem().span()).isEqualTo(relabelled);
    }

    @Test
    void aBulkEditTooLargeToApplyRowByRowIsListedAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(1));
        FxAwait.until("the full entity list", () -> table.table().getItems().size() == ENTITIES, table.table().getItems());
        AtomicReference<String> placeholder = new AtomicReference<>();
        AtomicReference<Integer> rows = new AtomicReference<>();
        robot.interact(() -> {
            // every entity selected in the table, relabelled with one key: far more rows than an edit applies one by one
            model.select(model.document().spans().get(0));
            model.selectedSpans().setAll(model.document().spans());
            model.applyLabel(Label.LOC, 0, 0);
            rows.set(table.table().getItems().size());
            placeholder.set(((javafx.scene.control.Label) table.table().getPlaceholder()).getText());
        });
        assertThat(ENTITIES).isGreaterThan(EntityTable.MAX_INCREMENTAL_CHANGES);
        assertThat(model.document().spans()).allSatisfy(span -> assertThat(span.label()).isEqualTo(Label.LOC));
        assertThat(rows.get()).as("rows right after the edit, with no new text to wait for").isEqualTo(ENTITIES);
        assertThat(placeholder.get()).isEqualTo("No entities");
        assertThat(table.table().getItems()).extracting(row -> row.span().label()).containsOnly(Label.LOC);

        robot.interact(() -> model.undo());
        assertThat(table.table().getItems()).hasSize(ENTITIES).extracting(row -> row.span().label()).containsOnly(Label.PER);
    }

    @Test
    void goingBackToASmallCableListsItAtOnce(FxRobot robot) {
        robot.interact(() -> {
            model.show(1);
            model.show(0);
        });
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Rubaie", "Tehran");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.table().getItems()).hasSize(2);
    }

    @Test
    void movingBetweenSmallCablesAndFromALargeOneListsExactlyTheShownCable(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(2));
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Embassy", "Baghdad", "Erbil");
        robot.interact(() -> model.show(0));
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Rubaie", "Tehran");

        robot.interact(() -> model.show(1));
        FxAwait.until("the full entity list", () -> table.table().getItems().size() == ENTITIES, table.table().getItems());
        robot.interact(() -> model.show(2));
        assertThat(table.table().getItems()).extracting(EntityTable.Row::text).containsExactly("Embassy", "Baghdad", "Erbil");
    }
}
