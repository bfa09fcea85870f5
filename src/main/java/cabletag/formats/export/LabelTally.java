package cabletag.formats.export;

import cabletag.core.Label;
import java.util.HashMap;
import java.util.Map;

/**
 * Entities counted per label for one document, on the reading thread. A cable has a hundred or more
 * entities and a handful of labels: a short list searched by reference first finds each in a step or two,
 * where a map merge hashed the name and boxed a new count for every entity (the summary's counts, this and
 * the word count, were a tenth of a warm export).
 */
final class LabelTally {

    private Label[] labels = new Label[4];
    private long[] counts = new long[4];
    private int size;
    private int last; // spans of one label often come in a row

    void add(Label label) {
        if (size > 0 && (labels[last] == label || labels[last].equals(label))) {
            counts[last]++;
            return;
        }
        for (int i = 0; i < size; i++) {
            if (labels[i] == label || labels[i].equals(label)) {
                counts[i]++;
                last = i;
                return;
            }
        }
        if (size == labels.length) {
            labels = java.util.Arrays.copyOf(labels, size * 2);
            counts = java.util.Arrays.copyOf(counts, size * 2);
        }
        labels[size] = label;
        counts[size] = 1;
        last = size++;
    }

    /** The counts by label name. */
    Map<String, Long> byName() {
        Map<String, Long> named = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            named.put(labels[i].name(), counts[i]);
        }
        return named;
    }
}
