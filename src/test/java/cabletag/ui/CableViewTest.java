package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CableViewTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private CableView view;
    private final CountDownLatch styled = new CountDownLatch(1);

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder big = new StringBuilder();
        while (big.length() < CableView.BACKGROUND_STYLING_THRESHOLD + 10_000) {
            big.append("[PER Rubaie  ] met [ORG Embassy [LOC Baghdad  ]  ] staff .\n");
        }
        model = TestCorpus.open(temp, "small.txt", "[PER Rubaie  ] met [LOC Tehran  ] .\n", "z-big.txt", big.toString());
        view = new CableView(model);
        view.setOnStyled(styled::countDown);
        Scene scene = new Scene(view, 800, 500);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private List<String> stylesAt(int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(view.area().getStyleOfChar(offset))).get(10, TimeUnit.SECONDS);
    }

    @Test
    void highlightsALargeCableOffTheUiThreadWithNestedEntitiesVisible(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(1));
        assertThat(styled.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        String text = model.document().text();
        assertThat(view.area().getText()).isEqualTo(text);
        int last = text.lastIndexOf("Baghdad");
        assertThat(stylesAt(last)).containsExactly("entity", "bg-org", "ul-loc");
        assertThat(stylesAt(text.lastIndexOf("Embassy"))).containsExactly("entity", "bg-org");
        assertThat(stylesAt(text.lastIndexOf("met"))).isEmpty();
        assertThat(view.hoverText(last)).isEqualTo("ORG  Embassy Baghdad  ⊃  LOC  Baghdad");
    }

    @Test
    void theTextCannotBeEditedButTheCaretMoves(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String text = view.area().getText();
        assertThat(text).isEqualTo(model.document().text()).startsWith("Rubaie met Tehran");
        robot.clickOn(view.area());
        robot.write("xyz");
        assertThat(view.area().getText()).isEqualTo(text);
        assertThat(view.area().isEditable()).isFalse();
        Span tehran = model.document().spans().get(1);
        robot.interact(() -> model.select(tehran));
        assertThat(view.area().getCaretPosition()).isEqualTo(tehran.start());
        assertThat(stylesAt(tehran.start())).contains(HighlightStyler.SELECTED);
    }

    /**
     * What waits for a cable's text (the side panes at the start, a large cable's entity list, the reading of
     * the next cables) starts two pulses after the pulse that laid the text out: the text's frame is handed to
     * the toolkit's thread during the next pulse, and work posted from that pulse's layout ran before the
     * hand-over, holding the text off the screen while it ran (0.9 s at the start).
     */
    @Test
    void whatWaitsForTheTextStartsTwoPulsesAfterItsLayout(FxRobot robot) throws Exception {
        int[] pulses = {0};
        int[] atStyled = {-1};
        CountDownLatch onScreen = new CountDownLatch(1);
        int[] atOnScreen = {-1};
        robot.interact(() -> {
            view.getScene().addPostLayoutPulseListener(() -> pulses[0]++);
            view.setOnStyled(() -> atStyled[0] = pulses[0]);
            model.addOnScreenListener(() -> {
                if (atOnScreen[0] < 0 && atStyled[0] >= 0) {
                    atOnScreen[0] = pulses[0];
                    onScreen.countDown();
                }
            });
            model.show(1);
        });
        assertThat(onScreen.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(atOnScreen[0] - atStyled[0]).as("pulses between the text laid out and what waits for it").isGreaterThanOrEqualTo(2);
    }
}
