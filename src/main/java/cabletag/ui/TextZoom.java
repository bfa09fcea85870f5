package cabletag.ui;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.layout.Region;

/**
 * The size of the cable text, in steps of percent of the system's default font (Ctrl+plus, Ctrl+minus,
 * Ctrl+0). The size is set in em on the text area, so it scales with the desktop's own font size and DPI;
 * only the cable text zooms, the tables and menus keep the system size.
 */
public final class TextZoom {

    /** The steps, in percent; 100 is the system's default font size. */
    static final int[] STEPS = {50, 60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    public static final int NORMAL = 100;

    private final Region text;
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper();

    public TextZoom(Region text, int percent) {
        this.text = text;
        this.percent.addListener((o, was, now) -> apply());
        this.percent.set(nearestStep(percent));
        apply();
    }

    /** The step nearest to {@code percent} (a remembered value from an older list of steps still works). */
    static int nearestStep(int percent) {
        return Arrays.stream(STEPS).boxed().min((a, b) -> Integer.compare(Math.abs(a - percent), Math.abs(b - percent)))
                .orElse(NORMAL);
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public int percent() {
        return percent.get();
    }

    public void larger() {
        int at = Arrays.binarySearch(STEPS, percent.get());
        percent.set(STEPS[Math.min(STEPS.length - 1, at + 1)]);
    }

    public void smaller() {
        int at = Arrays.binarySearch(STEPS, percent.get());
        percent.set(STEPS[Math.max(0, at - 1)]);
    }

    public void reset() {
        percent.set(NORMAL);
    }

    private void apply() {
        text.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem;", percent.get() / 100.0));
    }
}
