package cabletag.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.controlsfx.control.CheckComboBox;

/**
 * A {@link CheckComboBox} as wide as its title ("Labels (0/5)") and its arrow need, not as its longest item. ControlsFX
 * makes it as wide as its drop-down list, so one long label the analyst named ({@code RELIGIOUS_GROUP}) widened the
 * entity pane's label filter until the text filter beside it was an empty box. The list that drops down is still as
 * wide as its items.
 */
final class TitleWideCheckComboBox<T> extends CheckComboBox<T> {

    @Override
    protected double computePrefWidth(double height) {
        double asItsList = super.computePrefWidth(height);
        ComboBox<?> inner = inner();
        ListCell<?> title = inner == null ? null : inner.getButtonCell();
        Node arrow = inner == null ? null : inner.lookup(".arrow-button");
        if (title == null || arrow == null) {
            return asItsList; // no skin yet
        }
        // as a combo box's skin adds them up: its insets, the cell that shows the title, the arrow; each rounded up
        // to whole pixels, as the skin lays them out (the title's 95.04 px, given 95, showed "Labels (0...")
        double asItsTitle = inner.snappedLeftInset() + snapSizeX(title.prefWidth(height)) + snapSizeX(arrow.prefWidth(height))
                + inner.snappedRightInset() + snappedLeftInset() + snappedRightInset();
        return Math.min(asItsList, asItsTitle);
    }

    /** The combo box that ControlsFX's skin draws the control with. */
    private ComboBox<?> inner() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof ComboBox<?> comboBox) {
                return comboBox;
            }
        }
        return null;
    }
}
