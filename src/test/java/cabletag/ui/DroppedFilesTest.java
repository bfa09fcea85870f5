package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window test drops one missing file; here, what is said when several are gone. */
class DroppedFilesTest {

    private final Path folder = Path.of("/cables");
    private final Path gone = Path.of("/cables/gone.txt");
    private final Path alsoGone = Path.of("/elsewhere/also-gone.txt");

    @Test
    void namesEveryMissingInputAndOpensNothing() {
        DroppedFiles dropped = new DroppedFiles(List.of(folder, gone, alsoGone), List.of(gone, alsoGone));

        assertThat(dropped.openable()).isFalse();
        assertThat(dropped.refusal()).hasValue("Nothing opened: 2 of the dropped inputs do not exist: "
                + gone + ", " + alsoGone);
    }

    @Test
    void opensWhenEverythingIsThere() {
        DroppedFiles dropped = new DroppedFiles(List.of(folder), List.of());

        assertThat(dropped.openable()).isTrue();
        assertThat(dropped.refusal()).isEmpty();
    }
}
