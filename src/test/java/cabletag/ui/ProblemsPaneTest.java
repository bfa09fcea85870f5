package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProblemsPaneTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private ProblemsPane pane;
    private final List<Integer> jumps = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "First line is fine .\nThen [PER Rubaie met officials\n",
                "b.txt", "[LOC Erbil  ] is far .\n\n[ORG Nobody came .\n");
        pane = new ProblemsPane(model);
        pane.setJumper(jumps::add);
        stage.setScene(new Scene(pane, 600, 300));
        stage.show();
    }

    @Test
    void listsTheCablesReadingProblemsAndJumpsToTheirPlace(FxRobot robot) {
        assertThat(model.document().diagnostics()).isNotEmpty();
        assertThat(pane.items()).as("a.txt's, then b.txt's").hasSize(model.document().diagnostics().size() + 1);
        ProblemsModel.Item first = pane.items().get(0);
        assertThat(first.text()).as("a.txt named under its folder").contains("/a.txt:2:");

        robot.clickOn(first.text());
        assertThat(jumps).containsExactly(first.offset());
        assertThat(first.offset()).isBetween(model.document().text().indexOf("Then"), model.document().text().length());
    }

    @Test
    void choosingAnotherCablesProblemShowsThatCableAtItsPlace(FxRobot robot) {
        assertThat(model.document().source().name()).isEqualTo("a.txt");
        ProblemsModel.Item other = pane.items().get(pane.items().size() - 1);
        assertThat(other.text()).as("b.txt named under its folder").contains("/b.txt:3:1:");
        assertThat(other.offset()).as("no place in a.txt").isEqualTo(-1);

        robot.clickOn(other.text());

        assertThat(model.document().source().name()).isEqualTo("b.txt");
        assertThat(jumps).containsExactly(model.document().text().indexOf("[ORG"));
        assertThat(pane.items().get(0).text()).as("the shown cable's problems come first").isEqualTo(other.text());
        assertThat(pane.list().getSelectionModel().getSelectedItem()).isSameAs(pane.items().get(0));
    }
}
