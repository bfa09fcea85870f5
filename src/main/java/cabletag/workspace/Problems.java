package cabletag.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a session has to tell the analyst, in the order it happened; shared by the session's parts. Thread-safe.
 * Some of it is also counted on its cable's row (a file read in the legacy encoding, a note of the store on a
 * cable): {@link #ofNoCable()} says how many are not, so a count over the rows and this list counts each once.
 * Some of it is no problem of an export ({@link #forExport()}): what a cable's document says itself (the
 * export counts each document's diagnostics) and the notes that are news, not problems.
 */
final class Problems {

    private final List<String> list = new ArrayList<>();
    /** The places in {@link #list} of what an export does not count as its problems. */
    private final java.util.BitSet notForExport = new java.util.BitSet();
    private int ofCables;

    synchronized void add(String problem) {
        list.add(problem);
    }

    synchronized void addAll(Collection<String> problems) {
        list.addAll(problems);
    }

    /**
     * Adds a problem that its cable's row counts too ({@link CableEntry#problemCount()}) and an export names
     * as the commands do: stored corrections that cannot be read or put back.
     */
    synchronized void addOfCable(String problem) {
        list.add(problem);
        ofCables++;
    }

    /**
     * Adds what its cable's row counts too but an export does not count as one of its problems: a diagnostic
     * of the cable's document, told for the whole corpus (the export counts it from the document itself), or
     * a note that is news, not a problem (the commands do not name it).
     */
    synchronized void addToldByCable(String line) {
        notForExport.set(list.size());
        list.add(line);
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

    /**
     * The problems an export of the session's cables names beside their documents' own diagnostics: those of
     * the listing (skipped files, bad lines), of the store, of the session, and the stored corrections of a
     * cable that could not be read or put back, as {@code cabletag export} names them for the same inputs.
     */
    synchronized List<String> forExport() {
        List<String> exported = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!notForExport.get(i)) {
                exported.add(list.get(i));
            }
        }
        return exported;
    }

    synchronized int size() {
        return list.size();
    }

    /** How many of the problems no cable's row counts: the listing's, the store's, the session's. */
    synchronized int ofNoCable() {
        return list.size() - ofCables;
    }
}
