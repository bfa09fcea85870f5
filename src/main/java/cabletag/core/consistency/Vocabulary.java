package cabletag.core.consistency;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The texts whose untagged places a build looks for while it reads, fixed once made, so that the reading
 * threads share it while the index grows: a build makes a new one, with the next {@link #generation}, when
 * new entity texts have come up. A cable scanned with one generation still needs the texts added after it
 * ({@link WordFilter}).
 */
public final class Vocabulary implements CableScan.Needles {

    private final int generation;
    private final Map<String, String[]> byFirstWord = new HashMap<>();
    private final Set<String> texts;

    public Vocabulary(int generation, Collection<String> texts) {
        this.generation = generation;
        this.texts = new HashSet<>(texts);
        for (String text : this.texts) {
            if (!text.isBlank()) {
                add(byFirstWord, text);
            }
        }
    }

    static void add(Map<String, String[]> byFirstWord, String needle) {
        byFirstWord.merge(CableScan.Matcher.firstWord(needle, 0), new String[] {needle}, (a, b) -> {
            String[] both = Arrays.copyOf(a, a.length + 1);
            both[a.length] = b[0];
            return both;
        });
    }

    public int generation() {
        return generation;
    }

    public boolean contains(String text) {
        return texts.contains(text);
    }

    public int size() {
        return texts.size();
    }

    @Override
    public String[] candidates(String firstWord) {
        return byFirstWord.get(firstWord);
    }

    @Override
    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }
}
