package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A restyled paragraph changes the children of the node holding the text's paragraphs only at their end: JavaFX
 * repaints every child from the first index that changed, so a change at index 0 repainted the whole text.
 */
@ExtendWith(ApplicationExtension.class)
class LoneParagraphRepaintTest {

    private StyleClassedTextArea area;
    private boolean installed;

    @Start
    void start(Stage stage) {
        area = new StyleClassedTextArea();
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 40; line++) {
            text.append("Line ").append(line).append(" of the cable\n");
        }
        area.replaceText(text.toString());
        installed = LoneParagraphRepaint.install(area);
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 500, 300));
        stage.show();
        area.showParagraphAtTop(0); // replacing the text left the view at its end
    }

    @Test
    void aRestyledFirstParagraphChangesTheHoldersChildrenOnlyAtTheirEnd(FxRobot robot) {
        assertThat(installed).as("the holder of the paragraphs was found").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Parent holder = holder();
        List<Node> before = WindowDriver.onFx(() -> List.copyOf(holder.getChildrenUnmodifiable()));
        assertThat(before).hasSizeGreaterThan(5); // the lines in view
        List<Integer> changedFrom = new ArrayList<>();
        robot.interact(() -> holder.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                changedFrom.add(change.getFrom());
            }
        }));

        robot.interact(() -> area.setStyleSpans(0, entity(4)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changedFrom).isNotEmpty().allSatisfy(from -> assertThat(from).isGreaterThanOrEqualTo(before.size()));
        List<Node> after = WindowDriver.onFx(() -> List.copyOf(holder.getChildrenUnmodifiable()));
        assertThat(after.subList(0, before.size())).containsExactlyElementsOf(before); // none moved
        assertThat(WindowDriver.onFx(() -> before.get(0).isVisible())).as("the first line's old cell is hidden").isFalse();
        assertThat(WindowDriver.onFx(() -> shownChildren(holder))).hasSize(before.size()); // one cell hidden, one added
        assertThat(WindowDriver.onFx(() -> styledTextIn(holder))).containsExactly("Line");
    }

    @Test
    void theHiddenCellsAreTakenOutTogetherAfterALimit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent holder = holder();
        int shown = WindowDriver.onFx(() -> shownChildren(holder).size());
        for (int edit = 0; edit < LoneParagraphRepaint.HIDDEN_LIMIT; edit++) {
            String style = edit % 2 == 0 ? "entity" : "other";
            robot.interact(() -> area.setStyleSpans(0, new StyleSpansBuilder<Collection<String>>().add(List.of(style), 4).create()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(WindowDriver.onFx(() -> holder.getChildrenUnmodifiable().size())).isEqualTo(shown);
        assertThat(WindowDriver.onFx(() -> shownChildren(holder).size())).isEqualTo(shown);
    }

    /** The first {@code length} characters styled as an entity, the way the cable view restyles an edited span. */
    private static StyleSpans<Collection<String>> entity(int length) {
        return new StyleSpansBuilder<Collection<String>>().add(List.of("entity"), length).create();
    }

    private Parent holder() {
        return WindowDriver.onFx(() -> LoneParagraphRepaint.holderIn(area));
    }

    private static List<Node> shownChildren(Parent holder) {
        return holder.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
    }

    /** The text of the runs styled "entity" in the paragraphs shown. */
    private static List<String> styledTextIn(Parent holder) {
        List<String> texts = new ArrayList<>();
        for (Node child : shownChildren(holder)) {
            for (Node run : child.lookupAll(".entity")) {
                if (run instanceof javafx.scene.text.Text text) {
                    texts.add(text.getText());
                }
            }
        }
        return texts;
    }
}
