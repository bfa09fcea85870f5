package cabletag.ui;

import java.util.Map;

/**
 * What the status bar says after an edit: the workspace's description of it, told as done
 * ("Relabel “Erbil” as LOC" becomes "Relabelled “Erbil” as LOC"), the workspace's note when the edit
 * did more (a reviewed cable went back in progress), and how to take it back.
 */
final class EditMessages {

    /** The verbs the workspace's descriptions start with, and how they read once done. */
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("Relabel", "Relabelled"),
            Map.entry("Tag", "Tagged"),
            Map.entry("Delete", "Deleted"),
            Map.entry("Grow", "Grew"),
            Map.entry("Shrink", "Shrank"),
            Map.entry("Split", "Split"),
            Map.entry("Merge", "Merged"),
            Map.entry("Accept", "Accepted"),
            Map.entry("Reject", "Rejected"),
            Map.entry("Dismiss", "Dismissed"),
            Map.entry("Restore", "Restored"),
            Map.entry("Forget", "Forgot"));

    private EditMessages() {
    }

    /** "Relabel “Erbil” as LOC" → "Relabelled “Erbil” as LOC"; a description of another form stays as it is. */
    static String done(String description) {
        int space = description.indexOf(' ');
        String verb = space < 0 ? description : description.substring(0, space);
        String past = DONE.get(verb);
        return past == null ? description : past + description.substring(verb.length());
    }

    /**
     * What a tag says when it took in more than the selection (", widened from “Bagh” to token boundaries"):
     * a label key tags whole tokens, and a selection of part of a token, most of all of a dataset's long
     * token (a CoNLL file's {@code http://x.org/a?b=c}), was widened without a word. {@code givenTokens}:
     * the tokens are the file's, not cabletag's.
     */
    static String widened(String selected, boolean givenTokens) {
        return ", widened from " + cabletag.workspace.Quotes.of(selected) + " to "
                + (givenTokens ? "the file's token boundaries" : "token boundaries");
    }

    /** The message after an edit: what it did, the workspace's note if any, and how to undo it. */
    static String afterEdit(String description, String undoKeys, String note) {
        return withUndo(description.isEmpty() ? "Done" : done(description), undoKeys, note);
    }

    /**
     * {@code done}, the workspace's note if any, then how to undo it: "Relabelled “Erbil” as LOC. a.txt was
     * marked reviewed; it is in progress again (Ctrl+Enter marks it reviewed) — Ctrl+Z undoes". The note
     * comes before the undo hint because a message too long for the status bar is cut at its end, and the
     * note tells of a change the analyst did not ask for while the undo key is on the Edit menu too.
     */
    static String withUndo(String done, String undoKeys, String note) {
        String message = withNote(done, note);
        if (undoKeys.isEmpty()) {
            return message;
        }
        // "… again (Ctrl+Enter marks it reviewed). — Ctrl+Z undoes" would read as two sentences run together
        return (message.endsWith(".") ? message.substring(0, message.length() - 1) : message) + " — " + undoKeys + " undoes";
    }

    /** {@code message}, then the workspace's note (a reviewed cable back in progress) when there is one. */
    static String withNote(String message, String note) {
        return note == null || note.isEmpty() ? message : message + ". " + note;
    }
}
