package cabletag.workspace;

/** One place a query was found: {@code [start, end)} in the clean text (UTF-16). */
public record TextMatch(int start, int end) {

    public TextMatch {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a match: [" + start + ", " + end + ")");
        }
    }
}
