package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The entity pane's label filter counts the labels it lists, also once a cable brings a label new to the corpus. */
@ExtendWith(ApplicationExtension.class)
class LabelFilterCountTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private EntityTable entities;

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met officials .\n", "b.txt", "[GPE Basra  ] and [PER Rubaie  ] .\n");
        entities = new EntityTable(model);
        stage.setScene(new Scene(entities, 500, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        TestCorpus.close(model);
    }

    @Test
    void aLabelNewToTheCorpusIsCountedInTheFiltersTitle() {
        WaitForAsyncUtils.waitForFxEvents();
        int before = onFx(() -> entities.labelFilter().getItems().size());
        assertThat(shownTitle()).isEqualTo("Labels (0/" + before + ")");

        WaitForAsyncUtils.asyncFx(() -> model.show(1));
        WaitForAsyncUtils.waitForFxEvents();

        int after = onFx(() -> entities.labelFilter().getItems().size());
        assertThat(after).as("GPE came with b.txt").isEqualTo(before + 1);
        assertThat(shownTitle()).isEqualTo("Labels (0/" + after + ")");
        assertThat(onFx(() -> entities.labelFilter().getCheckModel().getCheckedItems().isEmpty())).isTrue();
    }

    private String shownTitle() {
        // the combo box's own cell, which shows the title; the cells of its list are check boxes
        return onFx(() -> entities.labelFilter().lookupAll(".list-cell").stream()
                .filter(cell -> !cell.getStyleClass().contains("check-box-list-cell"))
                .map(cell -> ((ListCell<?>) cell).getText()).findFirst().orElse(null));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
