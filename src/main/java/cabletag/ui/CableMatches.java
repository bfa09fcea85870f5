package cabletag.ui;

import cabletag.core.Document;
import cabletag.workspace.TextMatch;
import java.util.Arrays;
import java.util.List;

/**
 * Every match of one find-bar query in one cable's text, found once: the next match, the previous one and
 * "3 of 7" are all read from it. The find bar searches as the analyst types, and on a 5 MB cable each pass over
 * the text is noticeable; finding the next match and then counting all of them were two passes per search.
 */
final class CableMatches {

    private final Document document;
    private final String query;
    private final int[] starts;
    private final int[] ends;

    CableMatches(Document document, String query, List<TextMatch> matches) {
        this.document = document;
        this.query = query;
        this.starts = new int[matches.size()];
        this.ends = new int[matches.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = matches.get(i).start();
            ends[i] = matches.get(i).end();
        }
    }

    /** Whether these are the matches of {@code query} in exactly this {@code document} (an edit makes a new one). */
    boolean isFor(Document document, String query) {
        return this.document == document && this.query.equals(query);
    }

    int size() {
        return starts.length;
    }

    /** The index of the first match starting at or after {@code from}, wrapping round to the top; -1 when none. */
    int firstFrom(int from) {
        if (starts.length == 0) {
            return -1;
        }
        int at = firstStartAtOrAfter(from);
        return at < starts.length ? at : 0;
    }

    /** The index of the last match starting before {@code before}, wrapping round to the bottom; -1 when none. */
    int lastBefore(int before) {
        if (starts.length == 0) {
            return -1;
        }
        int at = firstStartAtOrAfter(before) - 1;
        return at >= 0 ? at : starts.length - 1;
    }

    /** The match at {@code index} as {@code {start, end}}. */
    int[] match(int index) {
        return new int[] {starts[index], ends[index]};
    }

    /** Matches never overlap, so their starts are strictly ascending: a binary search finds the place. */
    private int firstStartAtOrAfter(int from) {
        int found = Arrays.binarySearch(starts, from);
        return found >= 0 ? found : -found - 1;
    }
}
