package cabletag.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Words for the column titles that are a sign or an abbreviation (⚠, ✓, Ent), shown when the pointer rests on
 * the header. A graphic in the header would carry its own tooltip, but the title would then no longer be the
 * column's text, which {@link ColumnWidths} measures and the table's column menu lists; so the tooltip goes on
 * the header node the table's skin makes, once it has made it, and again whenever it makes the headers anew.
 */
final class HeaderTooltips {

    private HeaderTooltips() {
    }

    static <S> void install(TableView<S> table, Map<TableColumn<S, ?>, String> words) {
        Runnable attach = () -> Platform.runLater(() -> attach(table, words));
        table.skinProperty().addListener((o, was, now) -> attach.run());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> attach.run());
        if (table.getSkin() != null) {
            attach.run();
        }
    }

    private static <S> void attach(TableView<S> table, Map<TableColumn<S, ?>, String> words) {
        table.applyCss(); // the headers are made by the skin's first CSS pass
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && !(node.getProperties().get(TOOLTIP_KEY) instanceof Tooltip)) {
                Object column = header.getTableColumn(); // none for the row that holds the headers
                String text = column == null ? null : words.get(column);
                if (text != null) {
                    Tooltip.install(node, new Tooltip(text));
                }
            }
        }
    }

    /** Where {@link Tooltip#install} keeps a node's tooltip (so a header gets one once). */
    static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";
}
