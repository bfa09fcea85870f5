package cabletag.workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The corrections store as a whole cannot be read: its folder, its {@code cables/} folder or the home above
 * them cannot be listed, is not a folder, or is a link to nowhere. Nothing stored could be put back, so
 * nothing may be read, exported or written as if nothing were stored: the commands stop (unless told
 * {@code --no-corrections}) and the window opens nothing. A store that is simply not there yet (a fresh
 * home) is no such case. The message is one line naming the store, and the path and reason when another
 * path is to blame: {@code the corrections store /h/store cannot be read (permission denied)}.
 */
public final class UnreadableStoreException extends IOException {

    UnreadableStoreException(Path store, Path path, String reason) {
        super("the corrections store " + store + " cannot be read ("
                + (reason.startsWith("is ") ? (path.equals(store) ? "it" : path) + " " + reason
                   : path.equals(store) ? reason : path + ": " + reason) + ")");
    }
}
