package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The entity table gives offsets as every export and command does, in code points: an entity after an emoji
 * (two UTF-16 units each) showed its UTF-16 offsets, three more than the export's for "Sara" below.
 */
@ExtendWith(ApplicationExtension.class)
class EntityTableOffsetsTest {

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
        // U+1F469 and U+1F4BC (woman, briefcase) joined by U+200D: five UTF-16 units, three code points
        model = TestCorpus.open(temp, "e.txt", "The envoy \uD83D\uDC69\u200D\uD83D\uDCBC [PER Sara  ] met [LOC Rome  ] .\n");
        table = new EntityTable(model);
        stage.setScene(new Scene(table, 500, 400));
        stage.show();
    }

    @Test
    void startAndEndAreCodePointsAsInTheExports() throws Exception {
        String text = model.document().text();
        List<List<Integer>> shown = WindowDriver.onFx(this::offsetsShown);
        // what Python's text[start:end] gives, counted here by code points
        int sara = text.codePointCount(0, text.indexOf("Sara"));
        int rome = text.codePointCount(0, text.indexOf("Rome"));
        assertThat(shown).containsExactly(List.of(sara, sara + 4), List.of(rome, rome + 4));
        assertThat(sara).isEqualTo(text.indexOf("Sara") - 2); // two surrogate pairs before it
    }

    @SuppressWarnings("unchecked")
    private List<List<Integer>> offsetsShown() {
        TableColumn<EntityTable.Row, Integer> start = (TableColumn<EntityTable.Row, Integer>) table.table().getColumns().get(2);
        TableColumn<EntityTable.Row, Integer> end = (TableColumn<EntityTable.Row, Integer>) table.table().getColumns().get(3);
        return table.table().getItems().stream().map(row -> List.of(start.getCellData(row), end.getCellData(row))).toList();
    }
}
