package cabletag.workspace;

/**
 * A step that changes something besides the spans (a suggestion rejected, which is kept outside the
 * cables), put into the one undo history so that Ctrl+Z takes it back like any edit. It touches no
 * cable: the review status stays as it is, and listeners hear of it with no cable named.
 */
public interface UndoableStep {

    /** Does the step (first time and redo); an unchecked exception refuses it and nothing is recorded. */
    void apply();

    /** Takes it back. */
    void revert();

    /** For the Undo/Redo menu items: "Reject suggestion “Rubaie” (PER)". */
    String description();

    /** What to select afterwards (may have a null span); null to leave the window where it is. */
    Selection selection();
}
