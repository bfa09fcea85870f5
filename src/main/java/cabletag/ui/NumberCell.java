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

    /** Room for the cell's padding and the sort arrow beside the number. */
    private static final double PADDING = 22;

    public NumberCell() {
        setAlignment(Pos.CENTER_RIGHT);
    }

    /** {@code 1234567} → {@code "1,234,567"}. */
    public static String format(long number) {
        return cabletag.core.text.Counted.number(number);
    }

    /** Makes {@code column} show its numbers through this cell, at least wide enough for {@code digits} digits. */
    public static <S> void install(TableColumn<S, Integer> column, int digits) {
        column.setCellFactory(c -> new NumberCell<>());
        double width = widthOf(format((long) Math.pow(10, digits) - 1)) + PADDING;
        column.setMinWidth(width);
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
    }

    /**
     * Widens {@code column} (never narrows it) so that {@code largest} fits: a count column starts as wide as three
     * digits and grows with the largest count it is given, instead of keeping room for six digits that a corpus of
     * small cables never fills (the corpus pane's four columns then did not fit its usual width).
     */
    public static void widen(TableColumn<?, Integer> column, long largest) {
        double width = widthOf(format(largest)) + PADDING;
        if (width > column.getMinWidth()) {
            column.setMinWidth(width);
            column.setPrefWidth(Math.max(column.getPrefWidth(), width));
        }
    }

    /** The width of {@code text} in the default font: the table cells use it too. */
    static double widthOf(String text) {
        return new Text(text).getLayoutBounds().getWidth();
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : format(item));
    }
}
