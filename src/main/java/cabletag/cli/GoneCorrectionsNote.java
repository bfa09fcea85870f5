package cabletag.cli;

import cabletag.workspace.StoreLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The note of {@code check --notes} on corrections kept for files that are gone and that no cable of the inputs
 * took: a cable moved or renamed and then changed is found neither by its path nor by its text, and without this
 * line its corrections were lost to the analyst in silence. A note, not a problem: a deleted corpus leaves the
 * same trace, and the exit code stays the inputs' own.
 */
final class GoneCorrectionsNote {

    /** How many of the paths the line names before it counts the rest. */
    private static final int NAMED = 3;

    private GoneCorrectionsNote() {
    }

    /** The line, or null when every file whose corrections are kept is where they were made or was taken here. */
    static String of(StoreLocation store, Collection<String> gone, Set<String> takenHere) {
        List<String> left = new ArrayList<>();
        for (String path : gone) {
            if (!takenHere.contains(path)) {
                left.add(path);
            }
        }
        if (left.isEmpty()) {
            return null;
        }
        int n = left.size();
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, n); i++) {
            named.append(i == 0 ? "" : ", ").append(left.get(i));
        }
        if (n > NAMED) {
            named.append(" and ").append(n - NAMED).append(" more");
        }
        return store.root().resolve("store") + ": note: the corrections of " + n + (n == 1 ? " cable are" : " cables are")
                + " kept for " + (n == 1 ? "a file that is" : "files that are") + " gone and that no cable here took: "
                + named + ". A cable moved or renamed and then changed is found neither by its path nor by its text:"
                + " put it back at its old place and open it once, then move it (STORE.md, \"Moving, backing up, starting over\").";
    }
}
