package cabletag.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a session has to tell the analyst, in the order it happened; shared by the session's parts. Thread-safe.
 * Some of it is also counted on its cable's row (a file that could not be read, a note of the store on a
 * cable): {@link #ofNoCable()} says how many are not, so a count over the rows and this list counts each once.
 */
final class Problems {

    private final List<String> list = new ArrayList<>();
    private int ofCables;

    synchronized void add(String problem) {
        list.add(problem);
    }

    synchronized void addAll(Collection<String> problems) {
        list.addAll(problems);
    }

    /** Adds a problem that its cable's row counts too ({@link CableEntry#problemCount()}). */
    synchronized void addOfCable(String problem) {
        list.add(problem);
        ofCables++;
    }

    /** Adds problems that their cable's row counts too. */
    synchronized void addAllOfCable(Collection<String> problems) {
        list.addAll(problems);
        ofCables += problems.size();
    }

    /** Adds a problem unless it is the last one said (a failing disk says the same on every edit). */
    synchronized void addOnce(String problem) {
        if (list.isEmpty() || !list.get(list.size() - 1).equals(problem)) {
            list.add(problem);
        }
    }

    synchronized List<String> snapshot() {
        return List.copyOf(list);
    }

    synchronized int size() {
        return list.size();
    }

    /** How many of the problems no cable's row counts: the listing's, the store's, the session's. */
    synchronized int ofNoCable() {
        return list.size() - ofCables;
    }
}
