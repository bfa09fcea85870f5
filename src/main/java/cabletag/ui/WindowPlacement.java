package cabletag.ui;

import cabletag.workspace.StoreLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size and position across restarts in {@code <store root>/window/placement.properties}
 * (written atomically when the window closes). A saved place whose title bar would be on no screen now (a
 * monitor unplugged, a smaller display) is not used: the window opens centred on the primary screen instead.
 * A saved place that is on a screen but larger than it (saved on a 1600×1000 display, opened on a 1024×700
 * one) is shrunk and moved to fit that screen: a window larger than the screen centred its dialogs off it.
 */
public final class WindowPlacement {

    /** How much of the window's top strip must be on some screen for the saved place to be used. */
    static final double VISIBLE_STRIP = 48;
    static final double MIN_SIZE = 200;

    private final Path file;

    public WindowPlacement(StoreLocation store) {
        this.file = store.root().resolve("window").resolve("placement.properties");
    }

    Path file() {
        return file;
    }

    /** Size and position of a window. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** Puts the stage where it was last closed, or centres it; then saves its place whenever it is hidden. */
    public void attach(Stage stage) {
        restore(stage, Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        stage.setOnHiding(event -> save(stage));
    }

    void restore(Stage stage, List<Rectangle2D> screens) {
        Optional<Bounds> saved = load().filter(b -> onSomeScreen(b, screens));
        if (saved.isPresent()) {
            Bounds bounds = fitted(saved.get(), screens);
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            stage.centerOnScreen();
        }
    }

    /** Whether the window's top strip (its title bar) would be at least partly on one of the screens. */
    static boolean onSomeScreen(Bounds bounds, List<Rectangle2D> screens) {
        Rectangle2D strip = titleStrip(bounds);
        return screens.stream().anyMatch(screen -> sharedWidth(strip, screen) >= VISIBLE_STRIP && sharedHeight(strip, screen) > 0);
    }

    private static Rectangle2D titleStrip(Bounds bounds) {
        return new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), Math.min(VISIBLE_STRIP, bounds.height()));
    }

    private static double sharedWidth(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    }

    private static double sharedHeight(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    }

    /**
     * {@code bounds} no larger than the screen that holds most of its title strip, and moved (never resized
     * again) to lie inside that screen; unchanged when it fits already. A maximized window keeps its flag:
     * the bounds are where it goes when the analyst restores it.
     */
    static Bounds fitted(Bounds bounds, List<Rectangle2D> screens) {
        Rectangle2D strip = titleStrip(bounds);
        Rectangle2D screen = null;
        double most = -1;
        for (Rectangle2D candidate : screens) {
            double shared = Math.max(0, sharedWidth(strip, candidate)) * Math.max(0, sharedHeight(strip, candidate));
            if (shared > most) {
                most = shared;
                screen = candidate;
            }
        }
        if (screen == null) {
            return bounds;
        }
        // as a dialog is placed on its owner's screen, the window on its own place: centred on it when shrunk, which
        // a shrunk size fills from edge to edge, and where it was when it fits
        Rectangle2D placed = OwnersScreen.place(bounds.width(), bounds.height(),
                new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height()), screen);
        return new Bounds(placed.getMinX(), placed.getMinY(), placed.getWidth(), placed.getHeight(), bounds.maximized());
    }

    Optional<Bounds> load() {
        // the same small key=value file as the other window preferences; a damaged one only costs the place
        WindowPreferences saved = WindowPreferences.load(file);
        Bounds bounds = new Bounds(saved.decimal("x", Double.NaN), saved.decimal("y", Double.NaN),
                saved.decimal("width", 0), saved.decimal("height", 0), saved.flag("maximized"));
        boolean sane = Double.isFinite(bounds.x()) && Double.isFinite(bounds.y())
                && bounds.width() >= MIN_SIZE && bounds.height() >= MIN_SIZE;
        return sane ? Optional.of(bounds) : Optional.empty();
    }

    void save(Stage stage) {
        if (stage.isIconified() || stage.getWidth() < MIN_SIZE || stage.getHeight() < MIN_SIZE) {
            return;
        }
        WindowPreferences place = WindowPreferences.load(file);
        place.setDecimal("x", stage.getX());
        place.setDecimal("y", stage.getY());
        place.setDecimal("width", stage.getWidth());
        place.setDecimal("height", stage.getHeight());
        place.setFlag("maximized", stage.isMaximized());
        try {
            place.save();
        } catch (IOException | RuntimeException e) {
            // Only the window's place is lost; closing must not fail because of it.
            System.err.println("cabletag: could not remember the window's place in " + file + ": " + e.getMessage());
        }
    }
}
