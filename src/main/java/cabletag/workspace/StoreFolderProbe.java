package cabletag.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Tells a store that is not there yet (a fresh home: nothing stored, all is well) from one that is there
 * but cannot be read. {@link Files#isDirectory} says false to both, and taking an unreadable store for an
 * empty one exports cables without their corrections and lets the window write over them.
 */
final class StoreFolderProbe {

    private StoreFolderProbe() {
    }

    /**
     * Whether {@code store/cables} is a folder to list; false when it, the store or the home does not exist.
     * Throws when one of them is there but cannot be reached, is not a folder, or is a link to nowhere.
     */
    static boolean cablesFolderExists(Path store) throws UnreadableStoreException {
        Path cables = store.resolve(CorrectionStore.CABLES);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(cables, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            danglingLink(store, cables);
            danglingLink(store, store);
            if (store.getParent() != null) {
                danglingLink(store, store.getParent());
            }
            return false;
        } catch (IOException e) {
            throw blocked(store, cables, e);
        }
        if (!attributes.isDirectory()) {
            throw new UnreadableStoreException(store, cables, "is not a folder");
        }
        return true;
    }

    /** A listing of {@code store/cables} that failed, as the store's failure. */
    static UnreadableStoreException unlistable(Path store, Path cables, IOException e) {
        return new UnreadableStoreException(store, cables, reason(e));
    }

    /**
     * A home or store on a drive that is not mounted is often a link to it: "not there" would read as a fresh
     * store, and the analyst's corrections would be missing without a word.
     */
    private static void danglingLink(Path store, Path path) throws UnreadableStoreException {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(path));
            } catch (IOException e) {
                target = "a path";
            }
            throw new UnreadableStoreException(store, path, "is a symbolic link to " + target + ", which does not exist");
        }
    }

    /**
     * Looking at {@code cables} failed other than by its absence: names the path to blame and why. That is
     * the deepest folder above it that can still be looked at when that one is not a folder or may not be
     * searched (permission denied), else the path just below it (a link that loops, say).
     */
    private static UnreadableStoreException blocked(Path store, Path cables, IOException failure) {
        Path below = cables;
        for (Path folder = cables.getParent(); folder != null; below = folder, folder = folder.getParent()) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // blocked further up
            }
            if (!attributes.isDirectory()) {
                return new UnreadableStoreException(store, folder, "is not a folder");
            }
            return new UnreadableStoreException(store, failure instanceof AccessDeniedException ? folder : below, reason(failure));
        }
        return new UnreadableStoreException(store, cables, reason(failure));
    }

    private static String reason(IOException e) {
        String reason = cabletag.formats.io.IoReason.reason(e);
        return reason.equals("not a folder") ? "is not a folder" : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
