package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click anywhere on an entity selects it: found from outside, a click on the right half of an entity's last
 * character (the colon of {@code DECL:}, any part of the one-letter {@code S}) put the caret after it, outside the
 * entity, and selected nothing. Seed 004's first entities, each clicked near the right edge of its last character.
 */
@ExtendWith(ApplicationExtension.class)
class ClickEveryEntityWindowTest {

    @TempDir
    static Path temp;

    WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.openWithFreshStore(stage, temp, WindowDriver.seedCorpus(temp, "004_139b5bbd77eb63a8.txt"));
    }

    @Test
    void aClickOnTheRightHalfOfAnEntitysLastCharacterSelectsIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        List<String> missed = new ArrayList<>();
        List<Span> spans = w.doc().spans().stream().limit(12).toList();
        for (Span span : spans) {
            w.onScreen(span.end() - 1, span.end()); // scrolled into view
            Bounds last = WindowDriver.onFx(() -> w.window.cableView().area().getCharacterBoundsOnScreen(span.end() - 1, span.end())
                    .orElseThrow());
            robot.clickOn(new Point2D(last.getMaxX() - 1, (last.getMinY() + last.getMaxY()) / 2));
            WaitForAsyncUtils.waitForFxEvents();
            if (!span.equals(w.selected())) {
                missed.add(w.doc().textOf(span) + " " + span + " -> " + (w.selected() == null ? "none" : w.doc().textOf(w.selected())));
            }
        }
        assertThat(missed).isEmpty();
    }
}
