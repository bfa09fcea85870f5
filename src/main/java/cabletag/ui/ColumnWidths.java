package cabletag.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide a column of short values (counts, offsets, review marks, labels) is: its widest value or its title,
 * whichever is wider, and no more, so that the names and texts beside it get the rest of a narrow pane; while
 * the table is sorted by it, room for the sort arrow too, so its title is not cut to "P…▲".
 *
 * <p>A fixed room of 22 px for padding and arrow beside every number made the corpus list's three short
 * columns 145 px of its 190 at 1024×700, and the cable names were cut to "00…".
 */
final class ColumnWidths {

    /** A cell's padding (0.25 em a side in the default style) and a pixel or so to spare. */
    private static final double CELL_PADDING = 0.6;
    /** A column header's padding (about 0.17 em a side) and a pixel or so to spare; its title is bold. */
    private static final double TITLE_PADDING = 0.5;
    /** The sort arrow beside a sorted column's title, with its padding. */
    private static final double SORT_ARROW = 1.2;
    /** The column's width before the sort arrow's room (a column's properties). */
    private static final Object BASE = new Object();
    /** A column whose header the table's menu button may lie over (a column's properties). */
    private static final Object BESIDE_MENU_BUTTON = new Object();
    /** The least width of a column that gives way when the table is short of room (a column's properties; see fitGivingWay). */
    private static final Object FLOOR = new Object();
    /** The table's menu button, as wide as the vertical scroll bar it stands over when there is one. */
    private static final double MENU_BUTTON = 1.2;

    private ColumnWidths() {
    }

    /** The width of {@code text} in the default font, as the table cells draw it. */
    static double widthOf(String text) {
        return new Text(text).getLayoutBounds().getWidth();
    }

    /** The width a cell needs to show {@code value} whole. */
    static double ofCell(String value) {
        return widthOf(value) + em(CELL_PADDING);
    }

    /** The width a header needs to show {@code title} whole, without a sort arrow. */
    static double ofTitle(String title) {
        Text text = new Text(title == null ? "" : title);
        Font font = Font.getDefault();
        text.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        return text.getLayoutBounds().getWidth() + em(TITLE_PADDING);
    }

    /** Makes {@code column} as wide as its title or {@code widest}, whichever is wider (narrower or wider than it was). */
    static void fit(TableColumn<?, ?> column, String widest) {
        setBase(column, Math.max(ofTitle(column.getText()), ofCell(widest)));
    }

    /**
     * Makes {@code column} as wide as its title or {@code widest}, as {@link #fit} does, but lets it give way down to
     * the width of its title or {@code floor}, whichever is wider, when the table is short of room: a long value (a
     * label the analyst named, {@code RELIGIOUS_GROUP}) is then cut with "…" rather than push the columns after it
     * out of the pane. A {@code widest} no wider than {@code floor} makes a column as fixed as {@link #fit} does.
     */
    static void fitGivingWay(TableColumn<?, ?> column, String widest, String floor) {
        double title = ofTitle(column.getText());
        double full = Math.max(title, ofCell(widest));
        column.getProperties().put(FLOOR, Math.min(full, Math.max(title, ofCell(floor))));
        setBase(column, full);
    }

    /** Widens {@code column} so that {@code widest} fits; never narrows it. */
    static void widen(TableColumn<?, ?> column, String widest) {
        double wanted = Math.max(ofTitle(column.getText()), ofCell(widest));
        if (!(column.getProperties().get(BASE) instanceof Double base) || wanted > base) {
            setBase(column, wanted);
        }
    }

    /** The fitted width of {@code column}, without the sort arrow's room; its minimum width when it was never fitted. */
    static double base(TableColumn<?, ?> column) {
        return column.getProperties().get(BASE) instanceof Double base ? base : column.getMinWidth();
    }

    /**
     * The fitted columns of {@code table} make room for the sort arrow while the table is sorted by them, and for
     * its menu button while it shows no vertical scroll bar ({@link #besideMenuButton}).
     */
    static <S> void install(TableView<S> table) {
        Runnable refit = () -> {
            table.getColumns().forEach(column -> {
                if (column.getProperties().get(BASE) instanceof Double base) {
                    apply(column, base);
                }
            });
            fitAgain(table);
        };
        table.getSortOrder().addListener((ListChangeListener<TableColumn<S, ?>>) c -> refit.run());
        // a column shown after the one beside the menu button takes the button's place: the room goes back
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> refit.run());
        table.skinProperty().addListener((o, was, now) -> {
            ScrollBar bar = verticalScrollBar(table);
            if (bar != null) {
                bar.visibleProperty().addListener((v, before, shown) -> refit.run());
                refit.run();
            }
        });
    }

    /**
     * A fitted table (a constrained resize policy) fits its columns to its width only when that width or the
     * policy changes: a column made wider in between pushed the last one out of the table, under the menu
     * button (the review marks, when a filter left too few rows for a scroll bar). Setting the policy again
     * has the table fit its columns once more.
     */
    private static void fitAgain(TableView<?> table) {
        var policy = table.getColumnResizePolicy();
        if (policy != TableView.UNCONSTRAINED_RESIZE_POLICY && overflows(table)) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(policy);
        }
    }

    /** Whether the shown columns are wider than the room the table has for them (not yet laid out: no). */
    private static boolean overflows(TableView<?> table) {
        if (table.getWidth() <= 0) {
            return false;
        }
        double columns = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            columns += column.getWidth();
        }
        ScrollBar bar = table.getSkin() == null ? null : verticalScrollBar(table);
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - (bar != null && bar.isVisible() ? bar.getWidth() : 0);
        return columns > room + 0.5;
    }

    private static ScrollBar verticalScrollBar(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar;
            }
        }
        return null;
    }

    /** Whether the table's menu button lies over its last column's header: it shows no vertical scroll bar. */
    private static boolean menuButtonOverColumns(TableView<?> table) {
        if (table == null || !table.isTableMenuButtonVisible()) {
            return false;
        }
        ScrollBar bar = table.getSkin() == null ? null : verticalScrollBar(table);
        return bar == null || !bar.isVisible();
    }

    /** Whether {@code column} is the last column {@code table} shows, whose header the menu button lies over. */
    private static boolean isLastShown(TableView<?> table, TableColumn<?, ?> column) {
        var shown = table.getVisibleLeafColumns();
        return !shown.isEmpty() && shown.get(shown.size() - 1) == column;
    }

    private static void setBase(TableColumn<?, ?> column, double base) {
        column.getProperties().put(BASE, base);
        apply(column, base);
        if (column.getTableView() != null) {
            fitAgain(column.getTableView()); // a count widened to "37,814" pushed the marks out the same way
        }
    }

    /**
     * Keeps room in {@code column} for the table's menu button, which lies over the last column's header while the
     * table shows no vertical scroll bar (its title should sit at its left, clear of the button). With a scroll bar
     * the button stands over the bar, and the room goes back to the other columns; so it does while a column shown
     * after it (the corpus list's Origin) is the last.
     */
    static void besideMenuButton(TableColumn<?, ?> column) {
        column.getProperties().put(BESIDE_MENU_BUTTON, Boolean.TRUE);
        if (column.getProperties().get(BASE) instanceof Double base) {
            apply(column, base);
        }
    }

    private static void apply(TableColumn<?, ?> column, double base) {
        TableView<?> table = column.getTableView();
        double width = base + (table != null && table.getSortOrder().contains(column) ? em(SORT_ARROW) : 0)
                + (column.getProperties().containsKey(BESIDE_MENU_BUTTON) && menuButtonOverColumns(table) && isLastShown(table, column)
                        ? em(MENU_BUTTON) : 0);
        column.setMaxWidth(width); // a fitted table gives the room beyond the widths to the names and texts, not here
        column.setPrefWidth(width);
        column.setMinWidth(column.getProperties().get(FLOOR) instanceof Double floor ? width - base + floor : width);
    }

    private static double em(double ems) {
        return ems * Font.getDefault().getSize();
    }
}
