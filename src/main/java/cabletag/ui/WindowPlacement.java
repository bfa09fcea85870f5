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
            Bounds bounds = saved.get();
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
        Rectangle2D strip = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), Math.min(VISIBLE_STRIP, bounds.height()));
        return screens.stream().anyMatch(screen -> {
            double w = Math.min(strip.getMaxX(), screen.getMaxX()) - Math.max(strip.getMinX(), screen.getMinX());
            double h = Math.min(strip.getMaxY(), screen.getMaxY()) - Math.max(strip.getMinY(), screen.getMinY());
            return w >= VISIBLE_STRIP && h > 0;
        });
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
