package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The text view went on showing what it had read of a cable whose file was edited in another program, and said
 * nothing: shown again (or with the window back in focus), the status bar says how the file changed and its row is
 * marked; F5 reads it again and keeps the analyst's corrections.
 */
@ExtendWith(ApplicationExtension.class)
class FileChangedOnDiskTextViewWindowTest {

    private static final String A = "[PER Rubaie  ] met officials in [LOC Najaf  ] .\n";
    /** A cable that names the same man three times: "tag all" and accepted suggestions correct such names. */
    private static final String C = "[PER Rubaie  ] met [PER Maliki  ] ; [PER Rubaie  ] left , then [PER Maliki  ] and"
            + " [PER Rubaie  ] spoke .\n";

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.open(stage, temp, "a.txt", A, "b.txt", "[PER Ali  ] met [LOC Basra  ] .\n", "c.txt", C);
    }

    @Test
    void aCableEditedOnDiskIsSaidMarkedAndReadAgainWithF5KeepingTheCorrections(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        robot.interact(() -> w.window.model().show(0));
        // a correction the analyst made: Najaf relabelled
        Span najaf = onFx(() -> w.window.model().document().spans().get(1));
        robot.interact(() -> {
            w.window.model().select(najaf);
            w.window.model().applyLabel(cabletag.core.Label.ORG, 0, 0);
        });
        Files.writeString(w.corpus.resolve("a.txt"), "ADDED LINE .\n" + A); // edited in another program

        robot.clickOn(w.window.cableView().area());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP); // shown again
        assertThat(onFx(() -> w.window.model().currentCable())).isZero();
        assertThat(onFx(() -> w.window.model().messageProperty().get())).startsWith("a.txt changed on disk (")
                .endsWith("since it was read: F5 reads it again, keeping your corrections");
        assertThat(onFx(() -> w.window.model().changedOnDisk())).containsExactly(0);
        assertThat(robot.lookup(".changed-on-disk").queryAll()).as("its row's name is marked")
                .singleElement().satisfies(cell -> assertThat(((Labeled) cell).getText()).isEqualTo("⟳ a.txt"));
        assertThat(onFx(() -> w.window.model().document().text())).as("still the text read").isEqualTo(
                onFx(() -> w.window.model().workspace().original(0).text()));

        robot.type(KeyCode.F5);

        assertThat(onFx(() -> w.window.model().document().text())).startsWith("ADDED LINE .\n");
        int shift = "ADDED LINE .\n".length();
        assertThat(onFx(() -> w.window.model().document().spans())).as("the relabel kept on the new text")
                .contains(new Span(najaf.start() + shift, najaf.end() + shift, cabletag.core.Label.ORG));
        assertThat(onFx(() -> w.window.model().messageProperty().get()))
                .isEqualTo("Read a.txt again from disk, corrections put back; 1 undo step of the old text dropped");
        assertThat(onFx(() -> w.window.model().changedOnDisk())).isEmpty();
        assertThat(robot.lookup(".changed-on-disk").queryAll()).isEmpty();
        // the window's focus coming back says nothing more: the file is as read
        assertThat(onFx(() -> w.window.model().lookForChangeOnDisk())).isFalse();
    }

    /**
     * Both corrections on a name the cable repeats, none on a unique word: F5 after a line was added above lost
     * them (each "occurs 3 times nearby"), kept only in the copy made before re-applying. They move with the line.
     */
    @Test
    void relabelsOfARepeatedNameAreKeptByF5AfterALineIsAddedAbove(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        int c = onFx(() -> w.window.model().workspace().indexOf("c.txt").orElseThrow());
        robot.interact(() -> w.window.model().show(c));
        List<Span> rubaies = onFx(() -> w.window.model().document().spans().stream()
                .filter(span -> w.window.model().document().textOf(span).equals("Rubaie")).limit(2).toList());
        for (Span rubaie : rubaies) {
            robot.interact(() -> {
                w.window.model().select(rubaie);
                w.window.model().applyLabel(cabletag.core.Label.ORG, 0, 0);
            });
        }
        Files.writeString(w.corpus.resolve("c.txt"), "ADDED LINE .\n" + C);

        robot.clickOn(w.window.cableView().area());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.PAGE_UP);
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN); // shown again
        assertThat(onFx(() -> w.window.model().currentCable())).isEqualTo(c);
        assertThat(onFx(() -> w.window.model().changedOnDisk())).containsExactly(c);
        robot.type(KeyCode.F5);

        int shift = "ADDED LINE .\n".length();
        assertThat(onFx(() -> w.window.model().document().text())).startsWith("ADDED LINE .\n");
        assertThat(onFx(() -> w.window.model().document().spans())).as("both relabels kept on the new text").contains(
                new Span(rubaies.get(0).start() + shift, rubaies.get(0).end() + shift, cabletag.core.Label.ORG),
                new Span(rubaies.get(1).start() + shift, rubaies.get(1).end() + shift, cabletag.core.Label.ORG));
        assertThat(onFx(() -> w.window.model().messageProperty().get())).startsWith("Read c.txt again from disk, corrections put back");
        assertThat(onFx(() -> w.window.model().workspace().problems())).isEmpty();
    }
}
