package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A first open starts at the first cable with something to look at; a later open of the same cables, in a
 * new window and named another way, comes back to the cable and entity where the analyst left off.
 */
@ExtendWith(ApplicationExtension.class)
class WhereLeftOffWindowTest {

    @TempDir
    static Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
    }

    private static Path corpus(String... files) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(corpus.resolve(files[i]), files[i + 1]);
        }
        return corpus;
    }

    @Test
    void aFirstOpenStartsAtTheFirstCableWithEntitiesOrProblems(FxRobot robot) throws Exception {
        Path plainFirst = corpus("a.txt", "Plain text , no tags .\n", "b.txt", "Another plain one .\n",
                "c.txt", "[LOC Erbil  ] is far .\n\n[PER Jalili met nobody .\n", "d.txt", "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        WindowDriver w = onFx(() -> WindowDriver.openIn(stage, plainFirst)).awaitOpened();
        assertThat(w.doc().source().name()).as("c has an entity and a problem; a and b have neither").isEqualTo("c.txt");
        assertThat(w.corpusRowSelected()).isEqualTo("c.txt");
        robot.interact(stage::close);

        Path problemOnly = corpus("a.txt", "Plain .\n", "b.txt", "[PER Jalili met nobody .\n", "c.txt", "[PER Rubaie  ] .\n");
        Stage second = onFx(Stage::new);
        try {
            WindowDriver again = onFx(() -> WindowDriver.openIn(second, problemOnly)).awaitOpened();
            assertThat(again.doc().source().name()).as("a problem is something to look at too").isEqualTo("b.txt");
            assertThat(again.doc().spans()).isEmpty();
        } finally {
            robot.interact(second::close);
        }
    }

    @Test
    void aNewWindowOnTheSameCablesOpenedOneByOneInAnotherOrderReturnsToTheCableAndEntity(FxRobot robot) throws Exception {
        Path folder = corpus("a.txt", "[PER Rubaie  ] met [LOC Tehran  ] .\n", "b.txt", "[ORG GoI  ] said so .\n",
                "c.txt", "[PER Saeed  ] [PER Jalili  ] in [LOC Najaf  ] , then [LOC Erbil  ] .\n");
        WindowDriver w = onFx(() -> WindowDriver.openIn(stage, folder)).awaitOpened();
        assertThat(w.doc().source().name()).isEqualTo("a.txt");
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(w.window.model().currentCable()).isEqualTo(2);
        Span najaf = w.tabTo(robot, "Najaf");
        assertThat(w.selected()).isEqualTo(najaf);
        robot.interact(stage::close);

        Stage second = onFx(Stage::new);
        try {
            List<Path> oneByOne = List.of(folder.resolve("c.txt"), folder.resolve("a.txt"), folder.resolve("b.txt"));
            MainWindow window = onFx(() -> {
                MainWindow made = new MainWindow(second);
                second.show();
                made.open(oneByOne);
                return made;
            });
            FxAwait.until("the cable left off", window.model().documentProperty(), java.util.Objects::nonNull);
            assertThat(window.model().document().source().name()).isEqualTo("c.txt");
            assertThat(window.model().selected()).isEqualTo(najaf);
            assertThat(onFx(() -> window.entityTable().table().getSelectionModel().getSelectedItem().span()))
                    .as("the entity table shows the entity selected").isEqualTo(najaf);
            // every file of the folder named one by one is the folder: the row names the file as for the folder
            assertThat(onFx(() -> window.corpusPane().table().getSelectionModel().getSelectedItem().name()))
                    .isEqualTo("c.txt");
            assertThat(window.model().messageProperty().get()).endsWith("back where you left off");
        } finally {
            robot.interact(second::close);
        }
    }
}
