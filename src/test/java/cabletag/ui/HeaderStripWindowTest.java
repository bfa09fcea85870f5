package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The strip above the text shows the shown cable's header fields, and says so when it has none. */
@ExtendWith(ApplicationExtension.class)
class HeaderStripWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = WindowDriver.seedCorpus(temp.resolve("t-" + System.nanoTime()), ExportCorpus.SEED_PLAIN);
        // a second cable with no header at all, after the seed
        Files.writeString(corpus.resolve("zz-no-header.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        // and the tagged seed, with its header, last
        Files.copy(Path.of(System.getProperty("cabletag.seeds", "seeds"), ExportCorpus.SEED_TAGGED), corpus.resolve("zzz-tagged.txt"));
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && node.getScene() != null
                && node.getParent() != null && WindowDriver.onFx(() -> isInStrip(node))).orElse(false);
    }

    private boolean isInStrip(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == w.window.headerStrip()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theStripShowsSeed000sHeaderAndNoHeaderFieldsForACableWithout(FxRobot robot) throws Exception {
        w.awaitOpened();
        // seed 000 has no entities: a first open starts at the cable after it; the strip follows the cable shown
        assertThat(w.doc().source().name()).isEqualTo("zz-no-header.txt");
        assertThat(shown(robot, "#header-none")).isTrue();
        assertThat(text(robot, "#header-none")).isEqualTo("No header fields");
        assertThat(shown(robot, "#header-origin")).isFalse();

        chord(robot, CONTROL, KeyCode.PAGE_UP);
        assertThat(w.doc().source().name()).isEqualTo(ExportCorpus.SEED_PLAIN);
        assertThat(shown(robot, "#header-none")).isFalse();
        assertThat(text(robot, "#header-identifier")).isEqualTo("05BAGHDAD3001");
        assertThat(text(robot, "#header-origin")).isEqualTo("Embassy Baghdad");
        assertThat(text(robot, "#header-created")).isEqualTo("2005-07-19 16:42:00");
        assertThat(text(robot, "#header-classification")).isEqualTo("SECRET//NOFORN");
        assertThat(text(robot, "#header-tags")).isEqualTo("PINS PREL MCAP MOPS PGOV IZ IR Iran");
        assertThat(text(robot, "#header-subject"))
                .isEqualTo("NAVIGATING THE RIFT BETWEEN THE U.S. AND IRAN - RUBAIE ON THE UIA,S BALANCING ACT");
        for (String id : new String[] {"#header-identifier", "#header-origin", "#header-created", "#header-classification",
            "#header-tags", "#header-subject"}) {
            assertThat(shown(robot, id)).as(id).isTrue();
        }
        var strip = WindowDriver.onFx(() -> w.window.headerStrip().localToScene(w.window.headerStrip().getBoundsInLocal()));
        var text = WindowDriver.onFx(() -> w.window.cableView().localToScene(w.window.cableView().getBoundsInLocal()));
        assertThat(strip.getMaxY()).as("the strip stands above the text").isLessThanOrEqualTo(text.getMinY() + 1);
        assertThat(strip.getHeight()).isPositive();
    }

    @Test
    void aRelabelLeavesTheStripAsItWasWithoutBuildingItAnew(FxRobot robot) throws Exception {
        w.awaitOpened();
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(w.doc().source().name()).isEqualTo("zzz-tagged.txt");
        assertThat(text(robot, "#header-classification")).isEqualTo("SECRET");
        javafx.scene.Node fieldsBefore = WindowDriver.onFx(() -> w.window.headerStrip().getChildren().get(0));
        java.util.List<javafx.scene.Node> rowsBefore = WindowDriver.onFx(() ->
                java.util.List.copyOf(((javafx.scene.layout.Pane) fieldsBefore).getChildren()));
        cabletag.core.Document before = w.doc();

        w.tabTo(robot, "Rubaie");
        robot.type(KeyCode.DIGIT3); // relabel it ORG: a new document, the same header
        assertThat(w.doc()).isNotEqualTo(before);
        assertThat(w.doc().text()).isEqualTo(before.text());

        assertThat(WindowDriver.onFx(() -> ((javafx.scene.layout.Pane) w.window.headerStrip().getChildren().get(0)).getChildren()))
                .as("the same nodes, not new ones").containsExactlyElementsOf(rowsBefore);
        assertThat(w.entities()).contains("ORG Rubaie");
        assertThat(text(robot, "#header-classification")).isEqualTo("SECRET");
        assertThat(shown(robot, "#header-subject")).isTrue();
    }
}
