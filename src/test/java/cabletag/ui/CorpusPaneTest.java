package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
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
class CorpusPaneTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private CorpusPane pane;

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
    void choosingARowShowsThatCable(FxRobot robot) {
        robot.clickOn("b.txt");
        assertThat(model.currentCable()).isEqualTo(1);
        assertThat(model.document().source().name()).isEqualTo("b.txt");
    }
}
