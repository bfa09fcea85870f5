package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentInputsTest {

    @TempDir
    Path temp;

    @Test
    void remembersMostRecentFirstWithoutDuplicatesAndAtMostTheLimit() throws Exception {
        RecentInputs recent = new RecentInputs(temp.resolve("home/recent.txt"));
        assertThat(recent.load()).isEmpty();
        for (int i = 0; i < RecentInputs.LIMIT + 2; i++) {
            recent.remember(List.of(temp.resolve("c" + i)));
        }
        recent.remember(List.of(temp.resolve("c3"), temp.resolve("x")));
        recent.remember(List.of(temp.resolve("c5")));

        List<List<Path>> loaded = new RecentInputs(temp.resolve("home/recent.txt")).load();
        assertThat(loaded).hasSize(RecentInputs.LIMIT);
        assertThat(loaded.get(0)).containsExactly(temp.resolve("c5"));
        assertThat(loaded.get(1)).containsExactly(temp.resolve("c3"), temp.resolve("x"));
        assertThat(loaded.stream().filter(e -> e.equals(List.of(temp.resolve("c5"))))).hasSize(1);
        try (var files = Files.list(temp.resolve("home"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("recent.txt");
        }
    }
}
