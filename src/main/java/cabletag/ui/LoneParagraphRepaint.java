package cabletag.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Makes a restyled paragraph repaint alone, not with every paragraph below it.
 * <p>
 * A relabel restyles one paragraph; RichTextFX gives it a new cell, and its flow (Flowless) mirrors its cells into
 * the children of the node that holds them, in paragraph order. JavaFX hands a parent whose children changed at
 * index {@code i} to the renderer by taking out every child from {@code i} on and adding them back, and each child
 * added is painted anew. So a relabel in the first line repainted the whole text (828×788 px, 13–28 ms on the
 * software pipeline), and one in the last line only that line (828×59, 1 ms): docs/PERFORMANCE.md, "The
 * relabel's own frame: the whole corpus list, and the text below the edit"; ADR 0012.
 * <p>
 * Here the holder's children follow the cells differently: a cell's node that leaves is hidden where it is, and
 * one that comes is added at the end, so no child after it moves. Paragraphs never overlap, so their order in
 * the holder changes nothing on the screen. Hidden nodes are taken out together once there are
 * {@value #HIDDEN_LIMIT} (one whole repaint in that many relabels), or when several cells leave at once (a scroll,
 * another cable), which repaints the text anyway.
 * <p>
 * The holder's children and cells are internal to Flowless and reached by reflection. If they cannot be (another
 * Flowless, a module that is not open), nothing is changed and the text repaints as it did.
 */
final class LoneParagraphRepaint {

    static final int HIDDEN_LIMIT = 32;
    private static final String HOLDER_CLASS = "org.fxmisc.flowless.Navigator";

    private final ObservableList<Node> children;
    private final ObservableList<Node> cells;
    private final Set<Node> hidden = Collections.newSetFromMap(new IdentityHashMap<>());

    private LoneParagraphRepaint(ObservableList<Node> children, ObservableList<Node> cells) {
        this.children = children;
        this.cells = cells;
    }

    /**
     * Installs on the cell holder inside {@code area} (a RichTextFX area, whose flow is made with it). Returns
     * false and changes nothing when the holder or its lists cannot be reached.
     */
    static boolean install(Parent area) {
        Parent holder = holderIn(area);
        if (holder == null) {
            return false;
        }
        ObservableList<Node> children;
        ObservableList<Node> cells;
        try {
            Field manager = holder.getClass().getDeclaredField("cellListManager");
            manager.setAccessible(true);
            Object cellListManager = manager.get(holder);
            Method nodes = cellListManager.getClass().getMethod("getNodes");
            nodes.setAccessible(true);
            Method getChildren = Parent.class.getDeclaredMethod("getChildren");
            getChildren.setAccessible(true);
            cells = cast(nodes.invoke(cellListManager));
            children = cast(getChildren.invoke(holder));
        } catch (ReflectiveOperationException | RuntimeException unreachable) {
            return false; // another Flowless, or not open to us: the text repaints as before
        }
        LoneParagraphRepaint repaint = new LoneParagraphRepaint(children, cells);
        Bindings.unbindContent(children, cells);
        cells.addListener((ListChangeListener<Node>) change -> repaint.follow());
        repaint.follow();
        return true;
    }

    @SuppressWarnings("unchecked")
    private static ObservableList<Node> cast(Object list) {
        return (ObservableList<Node>) list;
    }

    /** The node holding the text's paragraph cells inside {@code parent}, null when there is none. */
    static Parent holderIn(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child.getClass().getName().equals(HOLDER_CLASS)) {
                return (Parent) child;
            }
            if (child instanceof Parent inner) {
                Parent found = holderIn(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Makes the holder's shown children the cells' nodes again, moving none of those that stay. */
    private void follow() {
        Set<Node> wanted = identitySetOf(cells);
        for (java.util.Iterator<Node> each = hidden.iterator(); each.hasNext(); ) {
            Node node = each.next();
            if (wanted.contains(node)) { // a cell again: shown where it is
                each.remove();
                node.setManaged(true);
                node.setVisible(true);
            }
        }
        Set<Node> present = identitySetOf(children);
        List<Node> leaving = new ArrayList<>();
        for (Node child : children) {
            if (!wanted.contains(child) && !hidden.contains(child)) {
                leaving.add(child);
            }
        }
        if (leaving.size() > 1 || hidden.size() + leaving.size() >= HIDDEN_LIMIT) {
            // several leave at once (a scroll, another text: the text repaints whole anyway), or enough are hidden
            hidden.addAll(leaving);
            children.removeAll(hidden);
            hidden.clear();
        } else {
            for (Node child : leaving) {
                hidden.add(child);
                child.setVisible(false);
                child.setManaged(false);
            }
        }
        List<Node> coming = new ArrayList<>();
        for (Node cell : cells) {
            if (!present.contains(cell)) {
                coming.add(cell);
            }
        }
        children.addAll(coming);
    }

    private static Set<Node> identitySetOf(List<Node> nodes) {
        Set<Node> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(nodes);
        return set;
    }
}
