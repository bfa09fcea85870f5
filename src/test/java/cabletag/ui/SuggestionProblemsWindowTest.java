package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What goes wrong with the suggestions is listed in the Problems pane, not only said in the status bar
 * (where the next message replaces it): a saved model that cannot be read, and training that failed.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SuggestionProblemsWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.open(stage, temp, "c.txt", WindowDriver.PLAIN); // no entity anywhere: nothing to learn from
    }

    private boolean listed(String part) {
        return w.window.problemsPane().items().stream().anyMatch(item -> item.text().contains(part) && item.offset() == -1);
    }

    @Test
    void anUnreadableModelAndAFailedTrainingAreListed() throws Exception {
        w.awaitOpened();
        SuggestionsModel suggestions = w.window.suggestions();
        FxAwait.until("the first gathering", () -> suggestions.session().isReady(), suggestions.revisionProperty());
        Path model = onFx(() -> suggestions.session().models().file());
        Files.createDirectories(model.getParent());
        Files.writeString(model, "not a model");

        onFx(() -> {
            suggestions.gather(false);
            return null;
        });
        FxAwait.until("the unreadable model in the Problems pane", () -> listed("the saved name-finder model cannot be read"),
                w.window.problemsPane().items());
        assertThat(onFx(() -> listed(model.toString()))).isTrue();

        onFx(() -> {
            suggestions.gather(true);
            return null;
        });
        FxAwait.until("the failed training in the Problems pane", () -> listed("Name finder not trained"), w.window.problemsPane().items());
        assertThat(onFx(() -> listed("the saved name-finder model cannot be read"))).as("still unreadable: nothing replaced it").isTrue();
    }
}
