package cabletag.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** F1 or ?: every key of the window in one sheet, built from the window's action list (WindowActions), which also handles the keys. */
public final class ShortcutSheet {

    private ShortcutSheet() {
    }

    /** Rows of the sheet: the label keys as the palette hands them out, then each action with keys. */
    public static List<String[]> rows(List<WindowAction> actions, LabelPalette palette) {
        java.util.ArrayList<String[]> rows = new java.util.ArrayList<>();
        for (cabletag.core.Label label : palette.labels()) {
            palette.keyOf(label).ifPresent(key -> rows.add(new String[] {String.valueOf(key),
                    "Label " + label.name() + ": relabel the selected entity, or tag the selected text"}));
        }
        for (WindowAction action : actions) {
            rows.add(new String[] {action.keys(), plain(action.description())});
        }
        return rows;
    }

    /**
     * A description as the sheet shows it: the same text makes the table of docs/KEYS.md, where `erbil` is
     * code; on the sheet the backticks showed as they are, so a quoted word is put in quotation marks.
     */
    static String plain(String description) {
        return description.replaceAll("`([^`]*)`", "\u201C$1\u201D");
    }

    public static Stage show(Window owner, List<WindowAction> actions, LabelPalette palette) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("shortcut-sheet");
        grid.setHgap(18);
        grid.setVgap(3);
        grid.setPadding(new Insets(12));
        // The sheet reads down, never across: the keys column is as wide as the stylesheet's key cell
        // (a long key list wraps in it) and the descriptions wrap in what the window leaves them. Sized by
        // their longest entries the two columns needed a horizontal scroll bar at 1024x700.
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setHgrow(Priority.NEVER);
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setHgrow(Priority.ALWAYS);
        descriptions.setMinWidth(0);
        grid.getColumnConstraints().setAll(keysColumn, descriptions);
        int row = 0;
        for (String[] entry : rows(actions, palette)) {
            Label keys = new Label(entry[0]);
            keys.getStyleClass().add("key-cell");
            keys.setWrapText(true);
            Label description = new Label(entry[1]);
            description.getStyleClass().add("key-description");
            description.setWrapText(true);
            description.setMinWidth(0);
            grid.addRow(row++, keys, description);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcut-sheet-scroll");
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("cabletag keys");
        Scene scene = new Scene(scroll, 960, 720);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                stage.close();
            }
        });
        stage.setScene(scene);
        OwnersScreen.fit(stage, owner);
        stage.show();
        return stage;
    }
}
