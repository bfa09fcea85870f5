package cabletag.ui;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.HashMap;
import java.util.Map;

/** Entities per label, counted in one tight pass (the legend recounts after every edit). */
final class LabelCounts {

    private LabelCounts() {
    }

    static Map<Label, Integer> of(SpanSet spans) {
        Map<Label, int[]> counts = new HashMap<>();
        Label last = null;
        int[] lastCount = null;
        for (Span span : spans) {
            if (span.label() != last) {
                last = span.label();
                lastCount = counts.computeIfAbsent(last, l -> new int[1]);
            }
            lastCount[0]++;
        }
        Map<Label, Integer> result = new HashMap<>();
        counts.forEach((label, count) -> result.put(label, count[0]));
        return result;
    }
}
