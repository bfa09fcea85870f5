package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset file holds many documents; their rows in the corpus list named only the file, so a data.jsonl
 * of two documents was two rows "data.jsonl" that could not be told apart. Each row names its document's
 * id as well, as the commands' lines do ({@code data.jsonl#d1}); a cable file's row is its name alone.
 */
class DatasetRowNamesTest {

    @TempDir
    Path temp;

    @Test
    void theRowsOfOneDatasetFileNameTheirDocuments() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        Files.writeString(corpus.resolve("data.jsonl"),
                "{\"id\":\"d1\",\"text\":\"Rubaie met\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"d2\",\"text\":\"In Najaf\",\"spans\":[{\"start\":3,\"end\":8,\"label\":\"LOC\"}]}\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null)) {
            List<String> rows = new ArrayList<>();
            for (int cable = 0; cable < workspace.size(); cable++) {
                rows.add(workspace.entry(cable).name());
            }
            assertThat(rows).containsExactly("a.txt", "data.jsonl#d1", "data.jsonl#d2");
        }
    }

    /**
     * Two folders that each hold a c.txt gave two rows "c.txt" that looked alike: with several inputs a row
     * names its file as the user named it, as the commands' lines do.
     */
    @Test
    void theRowsOfTwoInputsNameTheirFilesAsTheInputsNamedThem() throws IOException {
        Path x = Files.createDirectories(temp.resolve("x"));
        Path y = Files.createDirectories(temp.resolve("y"));
        Files.writeString(x.resolve("c.txt"), "[PER Rubaie  ] .\n");
        Files.writeString(y.resolve("c.txt"), "[LOC Erbil  ] .\n");
        Files.createDirectories(temp.resolve("z")); // x and y are not all temp holds: named so, they are two inputs
        try (Workspace workspace = Workspace.open(List.of(x, y), new StoreLocation(temp.resolve("home")), null)) {
            assertThat(List.of(workspace.entry(0).name(), workspace.entry(1).name()))
                    .containsExactly(x.resolve("c.txt").toString(), y.resolve("c.txt").toString());
            assertThat(workspace.rowName(1)).isEqualTo(y.resolve("c.txt").toString());
        }
    }

    /** A folder named by every entry of it ({@code corpus/*}) is one input: its rows are those of the folder named. */
    @Test
    void theRowsOfAFolderNamedByAllItsEntriesAreThoseOfTheFolder() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] .\n");
        Files.createDirectories(corpus.resolve("sub dir"));
        Files.writeString(corpus.resolve("sub dir/c.txt"), "[LOC Erbil  ] .\n");
        List<String> folder = rows(List.of(corpus), "home1");
        assertThat(folder).containsExactly("a.txt", "sub dir/c.txt");
        assertThat(rows(List.of(corpus.resolve("sub dir"), corpus.resolve("a.txt")), "home2")).isEqualTo(folder);
    }

    private List<String> rows(List<Path> inputs, String home) throws IOException {
        try (Workspace workspace = Workspace.open(inputs, new StoreLocation(temp.resolve(home)), null)) {
            List<String> rows = new ArrayList<>();
            for (int cable = 0; cable < workspace.size(); cable++) {
                rows.add(workspace.rowName(cable));
            }
            return rows;
        }
    }
}
