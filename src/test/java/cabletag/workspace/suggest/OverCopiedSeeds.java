package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.TemporaryStoreHome;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace's suggestions over copies of the two seeds, with a store of its own under {@code dir/home} (never the
 * user's, put back afterwards): seed 000 has no tags, and the gazetteer knows its names from seed 004's tags.
 */
abstract class OverCopiedSeeds {

    @TempDir
    Path dir;

    /** The folder the seeds are copied into. */
    Path corpus;

    private TemporaryStoreHome home;

    /** Where under {@link #dir} the seeds go: a subclass that moves the folder names one that says so. */
    String corpusFolder() {
        return "corpus";
    }

    @BeforeEach
    final void copySeeds() throws IOException {
        home = TemporaryStoreHome.at(Files.createDirectories(dir.resolve("home")));
        corpus = Files.createDirectories(dir.resolve(corpusFolder()));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("cabletag.seeds", "seeds")))) {
            for (Path seed : (Iterable<Path>) files::iterator) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
    }

    @AfterEach
    final void restoreStore() {
        home.close();
    }

    static Workspace open(Path folder) throws IOException {
        return Workspace.open(List.of(folder), StoreLocation.defaultLocation(), null);
    }

    Workspace open() throws IOException {
        return open(corpus);
    }

    /** A suggestion session over the workspace, its first gathering done. */
    static SuggestionSession gathered(Workspace workspace) {
        SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
        assertThat(session.gather(fraction -> { }, () -> false)).isTrue();
        return session;
    }

    static int seed000(Workspace workspace) {
        return workspace.indexOf("000_cb2ef8ccb40cf302.txt").orElseThrow();
    }
}
