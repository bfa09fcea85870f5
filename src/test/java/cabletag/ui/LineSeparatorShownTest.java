package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Span;
import java.nio.file.Path;
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

/**
 * An outside test of the window found a U+2028 (line separator) inside an entity shown as nothing: the text
 * view, the entity table and the hover read "Nourial-Maliki". It is shown now, the document kept as it is.
 */
@ExtendWith(ApplicationExtension.class)
class LineSeparatorShownTest {

    @TempDir
    static Path temp;

    private static final String TEXT = "Ambassador met Nouri\u2028al-Maliki in Baghdad .";

    private CorrectorModel model;
    private EntityTable table;
    private CableView view;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        int start = TEXT.indexOf("Nouri");
        int end = TEXT.indexOf(" in");
        model = TestCorpus.open(temp, "sep.jsonl", "{\"text\": \"" + TEXT.replace("\u2028", "\\u2028") + "\", \"spans\": [{\"start\": "
                + start + ", \"end\": " + end + ", \"label\": \"PER\"}]}\n");
        table = new EntityTable(model);
        view = new CableView(model);
        stage.setScene(new Scene(new HBox(view, table), 900, 400));
        stage.show();
    }

    @Test
    void theEntityTableAndTheHoverShowTheSeparatorEscapedAsTheStatusBarDoes(FxRobot robot) {
        assertThat(model.document().text()).isEqualTo(TEXT);
        assertThat(WindowDriver.onFx(() -> table.table().getColumns().get(0).getCellData(0))).isEqualTo("Nouri\\u2028al-Maliki");
        assertThat(WindowDriver.onFx(() -> view.hoverText(TEXT.indexOf("Nouri")))).isEqualTo("PER  Nouri\\u2028al-Maliki");
    }

    @Test
    void theTextViewShowsAMarkInItsPlaceWithEveryOffsetKept(FxRobot robot) {
        int at = TEXT.indexOf('\u2028');
        String shown = WindowDriver.onFx(() -> view.area().getText());
        assertThat(shown).hasSameSizeAs(TEXT);
        assertThat(shown.charAt(at)).isEqualTo('↵');
        assertThat(shown).isEqualTo(TEXT.replace('\u2028', '↵'));
        Span entity = model.document().spans().get(0);
        assertThat(WindowDriver.onFx(() -> view.area().getText(entity.start(), entity.end()))).isEqualTo("Nouri↵al-Maliki");
        assertThat(model.document().textOf(entity)).as("the document's text is kept").isEqualTo("Nouri\u2028al-Maliki");
    }

    /**
     * Found from outside: a name copied from the text view with Ctrl+C held the mark the view draws, {@code ↵}, not
     * the U+2028 of the cable, so pasted into a search or a file it no longer matched the cable's text.
     */
    @Test
    void ctrlCCopiesTheCablesOwnTextNotTheMarkShownForASeparator(FxRobot robot) {
        Span entity = model.document().spans().get(0);
        WindowDriver.onFx(() -> {
            javafx.scene.input.Clipboard.getSystemClipboard().clear();
            view.area().requestFocus();
            view.area().selectRange(entity.start() - 4, entity.end());
            return null;
        });
        FxAwait.until("the text has the focus", view.area().focusedProperty(), Boolean.TRUE::equals);
        WindowDriver.chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C);
        assertThat(WindowDriver.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo("met Nouri\u2028al-Maliki");
    }

    @Test
    void aMarkTheCableItselfHoldsIsCopiedAsItIsAndAnAreaNotYetShowingTheCableGivesWhatItShows() {
        assertThat(CableTextArea.copied("a\u2028b ↵ c", "a↵b ↵ c", 0, 7)).isEqualTo("a\u2028b ↵ c");
        assertThat(CableTextArea.copied("other text", "a↵b", 0, 3)).isEqualTo("a↵b");
        assertThat(CableTextArea.copied("ab", "a↵b", 0, 3)).isEqualTo("a↵b");
        assertThat(CableTextArea.copied(null, "a↵b", 0, 3)).isEqualTo("a↵b");
    }
}
