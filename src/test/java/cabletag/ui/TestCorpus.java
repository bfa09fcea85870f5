package cabletag.ui;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small corpus on disk, opened into a fresh model with its own store. */
final class TestCorpus {

    private TestCorpus() {
    }

    /** {@code files} alternates names and contents. */
    static CorrectorModel open(Path temp, String... files) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(corpus.resolve(files[i]), files[i + 1]);
        }
        CorrectorModel model = new CorrectorModel();
        model.open(Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home-" + System.nanoTime())), null));
        return model;
    }

    /**
     * Closes the model's workspace, which writes the store on its own thread: a test's temporary folder
     * must not be deleted while a write may still land in it.
     */
    static void close(CorrectorModel model) {
        if (model != null && model.workspace() != null) {
            model.workspace().close();
        }
    }
}
