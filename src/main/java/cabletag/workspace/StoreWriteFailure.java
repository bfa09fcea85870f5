package cabletag.workspace;

import cabletag.core.text.Counted;
import cabletag.formats.io.IoReason;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why the corrections of some cables could not be written to the store, in words the analyst can act on:
 * the store, the reason, and the file or folder to blame ({@code permission denied (/home/x/.cabletag/store/cables)}).
 * The window says it on Ctrl+S and asks with it before quitting, so an edit is never lost without a word.
 */
public record StoreWriteFailure(Path store, String reason, int cables) {

    static StoreWriteFailure of(Path store, IOException e, int cables) {
        return new StoreWriteFailure(store, reasonOf(e), Math.max(1, cables));
    }

    /**
     * The reason with the path to blame. A file that is not there was refused its making (a temporary file, a
     * set's new file, each with a name made up for the one write): its folder is what the analyst must put
     * right, and naming it keeps the line the same from one failed write to the next.
     */
    static String reasonOf(IOException e) {
        String reason = IoReason.reason(e);
        if (e instanceof FileSystemException failed && failed.getFile() != null && !reason.equals(e.getMessage())) {
            Path file = Path.of(failed.getFile());
            Path blamed = Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || file.getParent() == null ? file : file.getParent();
            return reason + " (" + blamed + ")";
        }
        return reason;
    }

    /** "The corrections of 2 cables could not be saved to /home/x/.cabletag/store: permission denied (…)". */
    public String message() {
        return "The corrections of " + Counted.of(cables, "cable", "cables") + " could not be saved to " + store + ": " + reason;
    }

    /**
     * The reason without the path to blame ({@code permission denied}), for the status bar's one short line: the
     * Problems pane names the store and the path.
     */
    public String shortReason() {
        int path = reason.lastIndexOf(" (");
        return path > 0 && reason.endsWith(")") ? reason.substring(0, path) : reason;
    }

    /** The status bar's line on a save refused: short enough to leave the save state in view, the rest in the Problems pane. */
    public String statusLine() {
        return "Not saved: the store cannot be written (" + shortReason() + ") — details in Problems; fix it, then Ctrl+S";
    }

    /** {@link #message} within a sentence: "… the corrections of 2 cables could not be saved to …". */
    public String lowered() {
        String message = message();
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** The Problems pane's line: no count, so that a store failing on every edit is said once. */
    String problem() {
        return "Could not save corrections to " + store + ": " + reason + "; they are kept in this session and saved with"
                + " the next edit or save.";
    }
}
