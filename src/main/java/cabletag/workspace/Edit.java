package cabletag.workspace;

import java.util.Set;

/**
 * One undoable step, as a command (after Scene Builder's Job): executed once, then undone and redone
 * any number of times. Each returns what the analyst should see selected afterwards.
 */
interface Edit {

    Selection execute();

    Selection undo();

    Selection redo();

    /** For the Undo/Redo menu items: "Relabel “Erbil” as LOC". */
    String description();

    /** The cables this edit touches, for saving and for listeners. */
    Set<Integer> cables();
}
