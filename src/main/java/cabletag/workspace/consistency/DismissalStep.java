package cabletag.workspace.consistency;

import cabletag.core.consistency.Finding;
import cabletag.formats.io.IoReason;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.Quotes;
import cabletag.workspace.Selection;
import cabletag.workspace.UndoableStep;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Dismissing a consistency finding, or restoring a dismissed one, as a step of the window's one undo history
 * ({@code Workspace.record}): Ctrl+Z, in the Consistency view or the main window, brings a dismissed finding
 * back and takes it out of the store's {@code .dismissed} file. It touches no cable and selects nothing.
 */
public final class DismissalStep implements UndoableStep {

    private final Dismissals dismissals;
    private final String key;
    private final boolean dismissing;
    private final String description;

    private DismissalStep(Dismissals dismissals, Finding finding, boolean dismissing) {
        this.dismissals = dismissals;
        this.key = finding.key();
        this.dismissing = dismissing;
        this.description = (dismissing ? "Dismiss " : "Restore ") + named(finding);
    }

    /** Dismisses {@code finding}: it is left out of the view and of {@code check --consistency}. */
    public static DismissalStep dismiss(Dismissals dismissals, Finding finding) {
        return new DismissalStep(dismissals, finding, true);
    }

    /** Brings a dismissed {@code finding} back. */
    public static DismissalStep restore(Dismissals dismissals, Finding finding) {
        return new DismissalStep(dismissals, finding, false);
    }

    /** “Iran” (LOC/untagged); “GOI”, “GoI” (ORG). */
    static String named(Finding finding) {
        return finding.rawTexts().stream().map(Quotes::of).collect(Collectors.joining(", ")) + " (" + finding.labelSummary() + ")";
    }

    @Override
    public void apply() {
        change(dismissing);
    }

    @Override
    public void revert() {
        change(!dismissing);
    }

    /** A failed write refuses the step (or its undo): the history and the file stay as they were. */
    private void change(boolean dismissed) {
        try {
            if (dismissed) {
                dismissals.dismiss(key);
            } else {
                dismissals.restore(key);
            }
        } catch (IOException e) {
            throw new EditRejectedException(dismissals.file() + ": the dismissed findings could not be saved: " + IoReason.describe(e));
        }
    }

    @Override
    public String description() {
        return description;
    }

    /** Nothing to select: the main window stays where it is. */
    @Override
    public Selection selection() {
        return null;
    }
}
