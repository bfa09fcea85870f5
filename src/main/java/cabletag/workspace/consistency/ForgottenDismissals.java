package cabletag.workspace.consistency;

import cabletag.formats.io.IoReason;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.Selection;
import cabletag.workspace.UndoableStep;
import java.io.IOException;
import java.util.List;

/**
 * Forgetting the dismissals of findings that no longer occur (their entities were relabelled or deleted since): as
 * one step of the window's undo history. They were kept out of sight with no way to see or clear them, and a finding
 * that came back by a later edit stayed hidden by a dismissal made long before; Ctrl+Z remembers them again.
 */
public final class ForgottenDismissals implements UndoableStep {

    private final Dismissals dismissals;
    private final List<String> keys;

    public ForgottenDismissals(Dismissals dismissals, List<String> keys) {
        this.dismissals = dismissals;
        this.keys = List.copyOf(keys);
    }

    @Override
    public void apply() {
        try {
            dismissals.restoreAll(keys);
        } catch (IOException e) {
            throw refused(e);
        }
    }

    @Override
    public void revert() {
        try {
            dismissals.dismissAll(keys);
        } catch (IOException e) {
            throw refused(e);
        }
    }

    /** A failed write refuses the step (or its undo): the history and the file stay as they were. */
    private EditRejectedException refused(IOException e) {
        return new EditRejectedException(dismissals.file() + ": the dismissed findings could not be saved: " + IoReason.describe(e));
    }

    @Override
    public String description() {
        return "Forget " + keys.size() + " dismissal" + (keys.size() == 1 ? "" : "s") + " of findings that no longer occur";
    }

    /** Nothing to select: the main window stays where it is. */
    @Override
    public Selection selection() {
        return null;
    }
}
