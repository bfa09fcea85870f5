package cabletag.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Keeps the pulse that follows a layout from repainting the whole window.
 * <p>
 * When a layout pass changes CSS state (a table updating its rows, the text area making a paragraph's cell),
 * JavaFX marks the scene's root dirty at the end of that pulse so that the next pulse finishes the CSS. That next
 * pulse changes nothing on the screen, but a scene marked dirty with no dirty region in it is painted whole:
 * after a relabel on seed 004, 1,068 nodes in 53-130 ms on the software pipeline, more than the relabel's own
 * frame (docs/PERFORMANCE.md, "An edit read from the screen"). So a one-pixel node with nothing to draw changes
 * its opacity in the pulse after each layout: that pulse then has a dirty region of one pixel, and only that
 * pixel is painted.
 */
final class OnePixelRepaint {

    private static final double FAINT = 0.01;
    private static final double FAINTER = 0.02;

    private final Region pixel = new Region();
    private boolean laidOutLastPulse;
    private int changes;

    private OnePixelRepaint() {
        pixel.setManaged(false);
        pixel.setMouseTransparent(true);
        pixel.setFocusTraversable(false);
        pixel.resizeRelocate(0, 0, 1, 1);
        pixel.setOpacity(FAINT);
    }

    /** Puts the pixel into {@code root} (the scene's root: laid out by hand, it takes no room) and starts watching the pulses. */
    static OnePixelRepaint install(Scene scene, Pane root) {
        OnePixelRepaint repaint = new OnePixelRepaint();
        root.getChildren().add(repaint.pixel);
        scene.addPreLayoutPulseListener(() -> repaint.beforeLayout(root));
        return repaint;
    }

    private void beforeLayout(Parent root) {
        if (laidOutLastPulse) {
            pixel.setOpacity(pixel.getOpacity() == FAINT ? FAINTER : FAINT);
            changes++;
        }
        // asked before this pulse's layout pass: whether it will run one
        laidOutLastPulse = root.isNeedsLayout();
    }

    /** How many pulses the pixel changed in: for the tests. */
    int changes() {
        return changes;
    }

    Region pixel() {
        return pixel;
    }
}
