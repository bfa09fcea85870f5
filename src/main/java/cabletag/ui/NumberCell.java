package cabletag.ui;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell for counts and offsets: every table writes numbers alike ({@code 100,000}, grouped by
 * commas whatever the machine's locale, as the status bar and the export summary do), right-aligned.
 */
public final class NumberCell<S> extends TableCell<S, Integer> {

    public NumberCell() {
        setAlignment(Pos.CENTER_RIGHT);
    }

    /** {@code 1234567} → {@code "1,234,567"}. */
    public static String format(long number) {
        return cabletag.core.text.Counted.number(number);
    }

    /**
     * Makes {@code column} show its numbers through this cell, as wide as {@code digits} digits or its title,
     * whichever is wider ({@link ColumnWidths}).
     */
    public static <S> void install(TableColumn<S, Integer> column, int digits) {
        column.setCellFactory(c -> new NumberCell<>());
        ColumnWidths.fit(column, format((long) Math.pow(10, digits) - 1));
    }

    /**
     * Widens {@code column} (never narrows it) so that {@code largest} fits: a count column starts as wide as three
     * digits and grows with the largest count it is given, instead of keeping room for six digits that a corpus of
     * small cables never fills (the corpus pane's four columns then did not fit its usual width).
     */
    public static void widen(TableColumn<?, Integer> column, long largest) {
        ColumnWidths.widen(column, format(largest));
    }

    /** Makes {@code column} as wide as {@code largest} or its title needs, narrower or wider than it was. */
    public static void fit(TableColumn<?, Integer> column, long largest) {
        ColumnWidths.fit(column, format(largest));
    }

    /** The width of {@code text} in the default font: the table cells use it too. */
    static double widthOf(String text) {
        return ColumnWidths.widthOf(text);
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format(item));
    }
}
