package cabletag.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the session may write its store, asked once when the cables are opened, so that the analyst learns
 * before the first edit that it would not be saved, rather than from the first failed write. Asked of the
 * system ({@link Files#isWritable}, which knows root and read-only mounts), nothing is made to find out.
 */
final class StoreWriteProbe {

    private StoreWriteProbe() {
    }

    /**
     * Why nothing could be written to {@code store/cables} ({@code permission denied (/x/store/cables)}), or empty.
     * The folder asked is the deepest of {@code cables}, the store and the folders above it that is there: the
     * first write makes the others in it.
     */
    static Optional<String> whyNot(Path store) {
        Path folder = store.resolve(CorrectionStore.CABLES);
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty(); // not a folder: opening has said so already
        }
        if (readOnlyMount(folder)) {
            return Optional.of("read-only file system (" + folder + ")");
        }
        return Files.isWritable(folder) ? Optional.empty() : Optional.of("permission denied (" + folder + ")");
    }

    private static boolean readOnlyMount(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException e) {
            return false; // the write itself will say what is wrong
        }
    }
}
