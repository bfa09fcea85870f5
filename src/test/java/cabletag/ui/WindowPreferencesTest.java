package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPreferencesTest {

    @TempDir
    Path home;

    @Test
    void whatIsSavedIsReadBackFromItsOwnFolderUnderTheStoreRoot() throws Exception {
        Path file = WindowPreferences.fileUnder(home);
        assertThat(file).isEqualTo(home.resolve("window/preferences.properties"));
        WindowPreferences preferences = WindowPreferences.load(file);
        preferences.setFraction("pane.left.width", 0.3125);
        preferences.setFlag("pane.corpus.hidden", true);
        preferences.setNumber("text.zoom", 125);
        preferences.setText("theme", "dark");
        preferences.save();

        WindowPreferences read = WindowPreferences.load(file);
        assertThat(read.fraction("pane.left.width", 0.2)).isEqualTo(0.3125);
        assertThat(read.flag("pane.corpus.hidden")).isTrue();
        assertThat(read.flag("pane.entities.hidden")).isFalse();
        assertThat(read.number("text.zoom", 10, 1000, 100)).isEqualTo(125);
        assertThat(read.text("theme", "light")).isEqualTo("dark");
        assertThat(Files.list(file.getParent())).as("no temporary file left beside it").containsExactly(file);
    }

    @Test
    void aMissingFileOrDamagedValuesGiveTheDefaults() throws Exception {
        Path file = WindowPreferences.fileUnder(home);
        WindowPreferences none = WindowPreferences.load(file);
        assertThat(none.fraction("pane.left.width", 0.19)).isEqualTo(0.19);
        assertThat(Theme.of(none.text("theme", "light"))).isEqualTo(Theme.LIGHT);

        Files.createDirectories(file.getParent());
        Files.writeString(file, "pane.left.width=1.7\npane.right.width=wide\ntext.zoom=-5\ntheme=purple\n\\u12", StandardCharsets.UTF_8);
        WindowPreferences damaged = WindowPreferences.load(file);
        assertThat(damaged.fraction("pane.left.width", 0.19)).isEqualTo(0.19);
        assertThat(damaged.fraction("pane.right.width", 0.22)).isEqualTo(0.22);
        assertThat(damaged.number("text.zoom", 10, 1000, 100)).isEqualTo(100);
        assertThat(Theme.of(damaged.text("theme", "light"))).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aZoomFromAnOlderListOfStepsSnapsToTheNearestStep() {
        assertThat(TextZoom.nearestStep(100)).isEqualTo(100);
        assertThat(TextZoom.nearestStep(130)).isEqualTo(125);
        assertThat(TextZoom.nearestStep(999)).isEqualTo(300);
        assertThat(TextZoom.nearestStep(1)).isEqualTo(50);
    }
}
