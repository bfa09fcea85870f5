package cabletag.core.consistency;

import java.util.HashMap;
import java.util.Map;

/**
 * Which cables may hold untagged places of texts they were not scanned for: the texts' first words (as
 * hashes), each with the latest {@link Vocabulary} generation a text starting with it was added in. A cable
 * scanned with generation {@code g} whose uncovered first words ({@link ScannedCable#words}) meet no word of
 * a later text cannot hold one of them as a whole-token untagged place, and need not be read again. A hash
 * shared by chance only makes a cable read again for nothing.
 */
public final class WordFilter {

    /** Generation of a text no vocabulary held: every cable read needs it. */
    public static final int NEVER = Integer.MAX_VALUE;

    private final Map<Integer, Integer> latest = new HashMap<>();

    /** Adds a text looked for from {@code generation} on ({@link #NEVER} when no cable was scanned for it). */
    public void add(String text, int generation) {
        if (!text.isBlank()) {
            latest.merge(CableScan.Matcher.firstWord(text, 0).hashCode(), generation, Math::max);
        }
    }

    public boolean isEmpty() {
        return latest.isEmpty();
    }

    /** Whether a cable with these uncovered words, scanned with {@code generation}, may hold a text added later. */
    public boolean mayHoldLater(int[] words, int generation) {
        for (int word : words) {
            Integer added = latest.get(word);
            if (added != null && added > generation) {
                return true;
            }
        }
        return false;
    }
}
