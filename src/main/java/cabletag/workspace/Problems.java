package cabletag.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a session has to tell the analyst that belongs to no cable (the listing's, the store's, the
 * session's problems), in the order it happened; shared by the session's parts. Thread-safe. A cable's
 * own problems (its file's reading problems, what putting its corrections back found) are not here: they
 * are the cable's ({@link CableState}), so that they follow its file as it is read again.
 */
final class Problems {

    private final List<String> list = new ArrayList<>();

    synchronized void add(String problem) {
        list.add(problem);
    }

    synchronized void addAll(Collection<String> problems) {
        list.addAll(problems);
    }

    /**
     * Adds a problem unless it is listed already: a store that cannot be written fails every edit and every save
     * alike, with other lines (a position not saved) said in between.
     */
    synchronized void addUnlessListed(String problem) {
        if (!list.contains(problem)) {
            list.add(problem);
        }
    }

    /** Takes these lines off the list: what they said has ended (a store written after all). */
    synchronized void removeAll(Collection<String> ended) {
        list.removeAll(ended);
    }

    synchronized List<String> snapshot() {
        return List.copyOf(list);
    }

    synchronized int size() {
        return list.size();
    }
}
