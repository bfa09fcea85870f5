package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.text.Token;
import cabletag.core.text.Tokenizer;
import java.util.List;

/**
 * The tokens of one clean text as two sorted int arrays, so that snapping, growing and shrinking are
 * binary searches even on a 5 MB cable with a million tokens.
 */
final class TokenIndex {

    private final int[] starts;
    private final int[] ends;

    private TokenIndex(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static TokenIndex of(Document document) {
        List<Token> tokens = Tokenizer.forDocument(document).tokenize(document.text());
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
        return new TokenIndex(starts, ends);
    }

    int size() {
        return starts.length;
    }

    /** Index of the first token ending after {@code offset}, or size() when none. */
    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Index of the last token starting before {@code offset}, or -1 when none. */
    private int lastStartingBefore(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /**
     * The smallest run of whole tokens covering {@code [start, end)}; a collapsed selection (a caret)
     * inside a token or just after it gives that token. Null when the range holds no token (only
     * spaces, or nothing).
     */
    int[] snap(int start, int end) {
        if (start == end) {
            int at = firstEndingAfter(start);
            if (at < starts.length && starts[at] <= start) {
                return new int[] {starts[at], ends[at]};
            }
            return at > 0 && ends[at - 1] == start ? new int[] {starts[at - 1], ends[at - 1]} : null;
        }
        int first = firstEndingAfter(start);
        int last = lastStartingBefore(end);
        if (first >= starts.length || last < 0 || first > last) {
            return null;
        }
        return new int[] {starts[first], ends[last]};
    }

    /** Start of the token before {@code offset} (the one a growing start takes in), or -1. */
    int previousTokenStart(int offset) {
        int at = lastStartingBefore(offset);
        return at >= 0 ? starts[at] : -1;
    }

    /** End of the first token ending after {@code offset}, or -1. */
    int nextTokenEnd(int offset) {
        int at = firstEndingAfter(offset);
        return at < ends.length ? ends[at] : -1;
    }

    /** Start of the first token starting after {@code offset} and before {@code limit}, or -1. */
    int nextTokenStart(int offset, int limit) {
        int at = lastStartingBefore(offset + 1) + 1;
        return at < starts.length && starts[at] < limit ? starts[at] : -1;
    }

    /** End of the last token ending before {@code offset} and after {@code limit}, or -1. */
    int previousTokenEnd(int offset, int limit) {
        int at = firstEndingAfter(offset - 1) - 1;
        return at >= 0 && ends[at] > limit ? ends[at] : -1;
    }

    /** The token strictly containing {@code offset} (starting before it, ending after it), or null. */
    int[] tokenStrictlyAround(int offset) {
        int at = firstEndingAfter(offset);
        return at < starts.length && starts[at] < offset ? new int[] {starts[at], ends[at]} : null;
    }

    boolean isTokenStart(int offset) {
        int at = lastStartingBefore(offset + 1);
        return at >= 0 && starts[at] == offset;
    }

    boolean isTokenEnd(int offset) {
        int at = firstEndingAfter(offset - 1);
        return at < ends.length && ends[at] == offset;
    }
}
