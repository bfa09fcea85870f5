package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The side panes' stand-ins of the window's first frame hold their places and give them back as they were. */
@ExtendWith(ApplicationExtension.class)
class SidePanesStandInTest {

    @TempDir
    static Path temp;

    private final Region corpus = named("corpus");
    private final Region problems = named("problems");
    private final Region centre = named("centre");
    private final Region entities = named("entities");
    private SidePanes panes;

    private static Region named(String id) {
        Region region = new StackPane();
        region.setId(id);
        return region;
    }

    @Start
    void start(Stage stage) {
        panes = new SidePanes(corpus, problems, centre, entities,
                WindowPreferences.load(temp.resolve("none").resolve("preferences.properties")));
        stage.setScene(new Scene(panes.node(), 1200, 700));
        stage.show();
    }

    @Test
    void standInsHoldThePanesPlacesUntilFilled(FxRobot robot) {
        double[] dividers = onFx(() -> panes.node().getDividerPositions());
        robot.interact(panes::emptyUntilFilled);
        assertThat(onFx(() -> ids(panes.node().getItems()))).containsExactly("left-split", "centre", "entities-stand-in");
        assertThat(onFx(() -> ids(panes.leftColumn().getItems()))).containsExactly("corpus-stand-in", "problems-stand-in");
        assertThat(onFx(() -> corpus.getScene())).as("the corpus pane is not in the first frame").isNull();
        assertThat(onFx(panes::filled)).isFalse();
        assertThat(onFx(() -> panes.node().getDividerPositions())).containsExactly(dividers, org.assertj.core.data.Offset.offset(1e-9));

        robot.interact(panes::fill);
        assertThat(onFx(() -> ids(panes.node().getItems()))).containsExactly("left-split", "centre", "entities");
        assertThat(onFx(() -> ids(panes.leftColumn().getItems()))).containsExactly("corpus", "problems");
        assertThat(onFx(() -> panes.node().getDividerPositions())).containsExactly(dividers, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(onFx(panes::filled)).isTrue();
    }

    @Test
    void aPaneHiddenWhileStandInsHoldThePlacesStaysHiddenOnceFilled(FxRobot robot) {
        robot.interact(panes::emptyUntilFilled);
        robot.interact(() -> panes.toggle(SidePanes.Pane.ENTITIES));
        assertThat(onFx(() -> ids(panes.node().getItems()))).containsExactly("left-split", "centre");
        robot.interact(panes::fill);
        assertThat(onFx(() -> ids(panes.node().getItems()))).containsExactly("left-split", "centre");
        robot.interact(() -> panes.toggle(SidePanes.Pane.ENTITIES));
        assertThat(onFx(() -> ids(panes.node().getItems()))).containsExactly("left-split", "centre", "entities");
    }

    @Test
    void whatWaitsForThePanesRunsOnceTheyAreLaidOutAndAtOnceWhenNoStandInsHoldThePlaces(FxRobot robot) throws Exception {
        boolean[] ranAtOnce = {false};
        robot.interact(() -> panes.whenFilled(() -> ranAtOnce[0] = true));
        assertThat(ranAtOnce[0]).as("no stand-ins: at once").isTrue();

        robot.interact(panes::emptyUntilFilled);
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        int[] pulses = {0};
        robot.interact(() -> panes.node().getScene().addPostLayoutPulseListener(() -> pulses[0]++));
        int[] pulsesBeforeFill = {-1};
        int[] pulsesThen = {-1};
        robot.interact(() -> panes.whenFilled(() -> {
            pulsesThen[0] = pulses[0];
            ran.countDown();
        }));
        robot.interact(() -> { });
        assertThat(ran.getCount()).as("not while stand-ins hold the places").isEqualTo(1);
        robot.interact(() -> {
            pulsesBeforeFill[0] = pulses[0];
            panes.fill();
        });
        assertThat(ran.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("ran after the fill").isTrue();
        assertThat(pulsesThen[0]).as("a layout pulse between the fill and the work").isGreaterThan(pulsesBeforeFill[0]);
        assertThat(onFx(() -> corpus.getScene())).isNotNull();
    }

    private static java.util.List<String> ids(java.util.List<Node> nodes) {
        return nodes.stream().map(Node::getId).toList();
    }
}
