package cabletag.workspace;

import cabletag.core.Diagnostic;
import java.util.List;

/**
 * One cable's problems as they are now: its file's reading problems (with their places in the source) and
 * the notes of putting its stored corrections back. As many as its row counts.
 *
 * @param name  the cable's name, as its problem lines start
 * @param read  the reading problems of its file as last read, in source order
 * @param notes what putting its corrections back found, in the order it was found
 */
public record CableProblems(String name, List<Diagnostic> read, List<String> notes) {

    public CableProblems {
        read = List.copyOf(read);
        notes = List.copyOf(notes);
    }

    /** How many: what the cable's row counts. */
    public int count() {
        return read.size() + notes.size();
    }

    public boolean isEmpty() {
        return read.isEmpty() && notes.isEmpty();
    }
}
