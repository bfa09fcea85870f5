package cabletag.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The net difference between two span sets of one text: spans gone, spans new, and among them the
 * relabels (the same range in both, since a set holds at most one span per range). Built from the
 * changes as they were made ({@link #ofChanges}), or, where no such record exists, by one linear walk
 * over both sets ({@link #between}). The one place that works out span differences.
 */
public record SpanDelta(List<Span> removed, List<Span> added) {

    /** No change. */
    public static final SpanDelta NONE = new SpanDelta(List.of(), List.of());

    public SpanDelta {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** Folds changes made one after another (each: spans removed, then spans added) into one net delta. */
    public static SpanDelta ofChanges(List<List<Span>> removedInOrder, List<List<Span>> addedInOrder) {
        Set<Span> gone = new LinkedHashSet<>();
        Set<Span> come = new LinkedHashSet<>();
        for (int i = 0; i < removedInOrder.size(); i++) {
            for (Span span : removedInOrder.get(i)) {
                if (!come.remove(span)) {
                    gone.add(span);
                }
            }
            for (Span span : addedInOrder.get(i)) {
                if (!gone.remove(span)) {
                    come.add(span);
                }
            }
        }
        List<Span> removed = new ArrayList<>(gone);
        List<Span> added = new ArrayList<>(come);
        removed.sort(Span.ORDER);
        added.sort(Span.ORDER);
        return new SpanDelta(removed, added);
    }

    /** The difference of two sets, in one walk over both (they are sorted alike). */
    public static SpanDelta between(SpanSet before, SpanSet after) {
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int order = i >= before.size() ? 1 : j >= after.size() ? -1 : compare(before.get(i), after.get(j));
            if (order == 0) {
                i++;
                j++;
            } else if (order < 0) {
                removed.add(before.get(i++));
            } else {
                added.add(after.get(j++));
            }
        }
        return new SpanDelta(removed, added);
    }

    private static int compare(Span a, Span b) {
        return a == b || a.equals(b) ? 0 : Span.ORDER.compare(a, b);
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    public int size() {
        return removed.size() + added.size();
    }

    /** {@code [from, to)} covering every span that changed; null when nothing did. */
    public int[] range() {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (List<Span> spans : List.of(removed, added)) {
            for (Span span : spans) {
                from = Math.min(from, span.start());
                to = Math.max(to, span.end());
            }
        }
        return from == Integer.MAX_VALUE ? null : new int[] {from, to};
    }
}
