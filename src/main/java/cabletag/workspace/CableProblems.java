package cabletag.workspace;

import cabletag.core.Diagnostic;
import java.util.List;

/**
 * One cable's problems and notes as they are now: its file's reading problems (with their places in the
 * source; those of severity info, such as a label not known yet, are notes), the problems of putting its
 * stored corrections back, and the news of them (found again after a move, a copy kept). The problems are
 * what its row counts and what {@code cabletag check} and {@code export} count for the cable; the notes are
 * listed beside them, not counted.
 *
 * @param name     the cable's name, as its problem lines start
 * @param read     the reading problems of its file as last read, in source order
 * @param problems what putting its corrections back (or keeping them) went wrong with, in the order found
 * @param news     the news of its corrections, no problem, in the order found
 */
public record CableProblems(String name, List<Diagnostic> read, List<String> problems, List<String> news) {

    public CableProblems {
        read = List.copyOf(read);
        problems = List.copyOf(problems);
        news = List.copyOf(news);
    }

    /** Whether this reading problem is a note, not counted: of severity info, as {@code check} lists only with {@code --notes}. */
    public static boolean isNote(Diagnostic read) {
        return read.severity() == Diagnostic.Severity.INFO;
    }

    /** How many of these reading problems count as problems: those that are no notes. */
    static int problemsAmong(List<Diagnostic> read) {
        int problems = 0;
        for (Diagnostic each : read) {
            if (!isNote(each)) {
                problems++;
            }
        }
        return problems;
    }

    /** How many problems: what the cable's row counts. */
    public int count() {
        return problemsAmong(read) + problems.size();
    }

    /** How many notes, listed beside the problems and not counted. */
    public int noteCount() {
        return read.size() - problemsAmong(read) + news.size();
    }

    /** How many lines the Problems pane gives it: its problems and its notes. */
    public int lines() {
        return read.size() + problems.size() + news.size();
    }

    public boolean isEmpty() {
        return lines() == 0;
    }
}
