package cabletag.ui;

import java.util.Map;

/**
 * What the status bar says after an edit: the workspace's description of it, told as done
 * ("Relabel “Erbil” as LOC" becomes "Relabelled “Erbil” as LOC"), how to take it back, and the
 * workspace's note when the edit did more (a reviewed cable went back in progress).
 */
final class EditMessages {

    /** The verbs the workspace's descriptions start with, and how they read once done. */
    private static final Map<String, String> DONE = Map.of(
            "Relabel", "Relabelled",
            "Tag", "Tagged",
            "Delete", "Deleted",
            "Grow", "Grew",
            "Shrink", "Shrank",
            "Split", "Split",
            "Merge", "Merged");

    private EditMessages() {
    }

    /** "Relabel “Erbil” as LOC" → "Relabelled “Erbil” as LOC"; a description of another form stays as it is. */
    static String done(String description) {
        int space = description.indexOf(' ');
        String verb = space < 0 ? description : description.substring(0, space);
        String past = DONE.get(verb);
        return past == null ? description : past + description.substring(verb.length());
    }

    /** The message after an edit: what it did, how to undo it, and the workspace's note if any. */
    static String afterEdit(String description, String undoKeys, String note) {
        String message = description.isEmpty() ? "Done" : done(description);
        if (!undoKeys.isEmpty()) {
            message += " — " + undoKeys + " undoes";
        }
        return withNote(message, note);
    }

    /** {@code message}, then the workspace's note (a reviewed cable back in progress) when there is one. */
    static String withNote(String message, String note) {
        return note == null || note.isEmpty() ? message : message + ". " + note;
    }
}
