package cabletag.workspace.suggest;

import cabletag.core.Label;

/** Whether the analyst rejected this suggestion in this cable (or all of its text with this label). */
@FunctionalInterface
public interface RejectionCheck {

    RejectionCheck NONE = (start, end, label, text) -> false;

    boolean isRejected(int start, int end, Label label, String text);
}
