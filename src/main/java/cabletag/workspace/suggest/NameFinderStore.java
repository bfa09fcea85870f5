package cabletag.workspace.suggest;

import cabletag.workspace.Rejections;
import cabletag.workspace.namefinder.NameFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the trained name finder is kept: {@code suggestions/namefinder/model.bin} under the store root,
 * written atomically, so the window finds the last model at once when it opens (training again only
 * when asked). One model per store: the last one trained, on whichever corpus was open.
 */
public final class NameFinderStore {

    public static final String FILE = "model.bin";

    private final Path file;

    public NameFinderStore(Path storeRoot) {
        this.file = storeRoot.resolve(Rejections.FOLDER).resolve("namefinder").resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public void save(NameFinder finder) throws IOException {
        finder.save(file);
    }

    /** The saved model, or empty when none was saved; IOException names a file that cannot be read. */
    public Optional<NameFinder> load() throws IOException {
        return load(note -> { });
    }

    /**
     * As {@link #load()}. A model saved by a cabletag that trained by other rules (before a fix of the training) is
     * not used: it would suggest what that training got wrong until the next training. It is deleted, as training
     * again would replace it, and {@code notes} hears one line that says so; empty is returned.
     */
    public Optional<NameFinder> load(java.util.function.Consumer<String> notes) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(NameFinder.load(file));
        } catch (cabletag.workspace.namefinder.OutdatedModelException outdated) {
            if (!outdated.isLater()) {
                Files.deleteIfExists(file);
            }
            notes.accept(file + ": note: the saved name-finder model was trained by " + (outdated.isLater() ? "a later" : "an earlier")
                    + " cabletag (" + outdated.getMessage() + "); it is not used" + (outdated.isLater() ? "" : " and was removed")
                    + ": train it again (Review ▸ Retrain name finder, or cabletag suggest --source model)");
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException(file + ": the saved name-finder model cannot be read (" + e.getMessage()
                    + "); retrain it (Review ▸ Retrain name finder, or cabletag suggest --source model)", e);
        }
    }
}
