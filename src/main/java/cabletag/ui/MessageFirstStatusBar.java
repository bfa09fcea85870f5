package cabletag.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The window's status bar, where the message on the left (what an edit did, what it changed besides, how
 * to undo it) gets the room it needs before the counters on the right. ControlsFX's own bar gives the
 * counters their room and the message what is left: at 1024 px an edit's message was cut at about 270 px.
 * Here, while the message does not fit, the counters marked {@link #givesWay} step aside in the order they
 * were marked (each with its separator; they are shown elsewhere in the window too) and come back when it
 * fits again. The counters shown are never cut; a message longer than all the room is cut at its end, and
 * is whole in its tooltip.
 */
final class MessageFirstStatusBar extends StatusBar {

    /**
     * Kept between the message and the first counter: a message cut to the room left ran into the cable's name
     * ("…as PER004_139b….txt"), there being no separator before the first counter.
     */
    static final double GAP = 12;

    /** The right items that step aside for a long message, first first, each with its separator. */
    private final List<Node[]> givingWay = new ArrayList<>();
    private Label message;

    MessageFirstStatusBar() {
        // the skin makes the message label: look it up again for a new skin
        skinProperty().addListener((o, was, now) -> message = null);
    }

    /** {@code item} and {@code separator}, right items, step aside while the message needs their room. */
    void givesWay(Label item, Node separator) {
        givingWay.add(new Node[] {item, separator});
        wholeInTooltip(item);
    }

    /** The label the skin shows the message in; null before the skin exists. */
    Label messageLabel() {
        if (message == null && getSkin() != null && lookup(".status-label") instanceof Label label) {
            message = label;
            wholeInTooltip(message);
            // the room kept after the text, inside the label: its width counts in what the message needs
            Insets padding = message.getPadding();
            message.setPadding(new Insets(padding.getTop(), padding.getRight() + GAP, padding.getBottom(), padding.getLeft()));
        }
        return message;
    }

    /** {@code label}'s whole text in its tooltip; none while the text is empty (an empty tooltip is a speck). */
    private static void wholeInTooltip(Label label) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(label.textProperty());
        Runnable update = () -> label.setTooltip(label.getText() == null || label.getText().isEmpty() ? null : tooltip);
        label.textProperty().addListener((o, was, now) -> update.run());
        update.run();
    }

    @Override
    protected void layoutChildren() {
        Label shown = messageLabel();
        if (shown != null && shown.getParent() instanceof Region grid) {
            double need = shown.prefWidth(-1);
            // the room with every counter shown, decided from widths before anything is hidden or shown, so
            // one layout never undoes what it did and the next does the same
            double room = getWidth() - snappedLeftInset() - snappedRightInset() - grid.snappedLeftInset()
                    - grid.snappedRightInset() - otherParts(shown, grid);
            for (Node[] pair : givingWay) {
                for (Node part : pair) {
                    if (isEmpty(pair)) {
                        room += part.isManaged() ? part.prefWidth(-1) : 0; // never shown: it takes no room
                    } else {
                        room -= part.isManaged() ? 0 : part.prefWidth(-1);
                    }
                }
            }
            int aside = 0;
            while (room < need && aside < givingWay.size()) {
                Node[] pair = givingWay.get(aside++);
                for (Node part : isEmpty(pair) ? new Node[0] : pair) {
                    room += part.prefWidth(-1);
                }
            }
            for (int i = 0; i < givingWay.size(); i++) {
                for (Node part : givingWay.get(i)) {
                    boolean present = i >= aside && !isEmpty(givingWay.get(i));
                    if (part.isManaged() != present) {
                        part.setManaged(present);
                        part.setVisible(present);
                    }
                }
            }
            // the message may not shrink below the width it needs, nor below what is left (never negative)
            shown.setMinWidth(Math.max(0, Math.min(need, room)));
        }
        super.layoutChildren();
    }

    /**
     * No minimum of its own: the bar fits itself to the width it is given (counters step aside, the message
     * is cut). The minimum its grid would report follows the message and the counters, and a long one (the
     * restart's "…, back where you left off" at 1024 px) made it wider than the window: the window's
     * BorderPane then laid the side panes out wider than the window too, and an entity pane shown again
     * after a restart landed outside it, so Alt+3 seemed to need three presses.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * An item with nothing to say (no counts with no cable shown) is not shown, nor its separator: the bar
     * read "no cable |  | Reviewed 0/0", an empty field between two bars.
     */
    private static boolean isEmpty(Node[] pair) {
        return pair[0] instanceof Label item && (item.getText() == null || item.getText().isEmpty());
    }

    /** The width the grid's parts other than the message (the right items, the progress bar) take now. */
    private double otherParts(Label shown, Region grid) {
        double width = 0;
        for (Node part : grid.getChildrenUnmodifiable()) {
            if (part != shown && part.isManaged()) {
                width += part.prefWidth(-1);
            }
        }
        return width;
    }
}
