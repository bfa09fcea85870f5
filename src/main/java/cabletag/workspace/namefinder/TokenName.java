package cabletag.workspace.namefinder;

/**
 * A name over tokens {@code [start, end)} of a sentence, with its label and how sure the finder is
 * (1 for a name given as training data).
 */
public record TokenName(int start, int end, String label, double probability) {

    public TokenName {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a name needs at least one token: [" + start + ", " + end + ")");
        }
    }
}
