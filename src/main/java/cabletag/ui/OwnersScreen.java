package cabletag.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Sizes and places a secondary window (the consistency view, the report card, the key sheet, the export
 * dialog, the preview of an edit of all occurrences) centred on its owner, inside the visual bounds of the screen its owner is on. JavaFX centres a new
 * window on the screen at the size of its scene: a 1280×900 report card on a 1024×700 screen opened at
 * (−128, −67), its title bar and its top controls off the screen, out of reach without a window manager's
 * keys; and the export dialog of a 1024×700 window in a corner of a 1600×1000 screen hung off the window.
 */
final class OwnersScreen {

    private OwnersScreen() {
    }

    /**
     * Before {@code stage} is first shown: at most the size of the owner's screen (less its task bars),
     * centred on the owner, then moved inside that screen. The scene's own size is the size
     * wanted: it is kept whenever the screen has room for it. A scene made without a size has none until
     * it is shown (0×0, which made the preview of an edit of all occurrences a window of no size): its
     * root's preferred size is the size wanted then, as JavaFX itself would size the scene.
     */
    static void fit(Stage stage, Window owner) {
        Rectangle2D screen = visualBounds(owner);
        Rectangle2D ownerBounds = owner == null ? screen
                : new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        Scene scene = stage.getScene();
        double width = scene.getWidth();
        double height = scene.getHeight();
        if (width <= 0 || height <= 0) {
            Parent root = scene.getRoot();
            root.applyCss();
            width = root.prefWidth(-1);
            height = root.prefHeight(width);
        }
        Rectangle2D placed = place(width, height, ownerBounds, screen);
        stage.setWidth(placed.getWidth());
        stage.setHeight(placed.getHeight());
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
    }

    /**
     * Where a window {@code width}×{@code height} goes: no larger than {@code screen}, centred on
     * {@code owner}, then moved (never resized again) so that it is all inside {@code screen}.
     */
    static Rectangle2D place(double width, double height, Rectangle2D owner, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        double x = owner.getMinX() + (owner.getWidth() - w) / 2;
        double y = owner.getMinY() + (owner.getHeight() - h) / 2;
        x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** The visual bounds of the screen holding most of {@code owner}; the primary screen's when none does. */
    static Rectangle2D visualBounds(Window owner) {
        if (owner == null) {
            return Screen.getPrimary().getVisualBounds();
        }
        Rectangle2D ownerBounds = new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        Screen best = Screen.getPrimary();
        double most = 0;
        for (Screen screen : Screen.getScreensForRectangle(ownerBounds)) {
            double shared = overlap(screen.getBounds(), ownerBounds);
            if (shared > most) {
                most = shared;
                best = screen;
            }
        }
        return best.getVisualBounds();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
