package cabletag.core;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, ordered set of spans (start ascending, longer first) with one overlap policy
 * (ADR 0002): spans may be disjoint or properly nested, because inline tags can express both;
 * two spans over the same range, or spans that cross, are refused with a reason.
 */
public final class SpanSet extends AbstractList<Span> implements RandomAccess {

    private static final SpanSet EMPTY = new SpanSet(new Span[0]);
    // Below this size, removing and adding one span at a time (each an array copy) beats a rebuild.
    private static final int STEPWISE_LIMIT = 8;

    private final Span[] spans;
    // reach[i] = the furthest end among spans[0..i]: lets lookups walk back only as far as needed.
    private final int[] reach;

    private SpanSet(Span[] sortedValidated, int[] reach) {
        this.spans = sortedValidated;
        this.reach = reach;
    }

    private SpanSet(Span[] sortedValidated) {
        this.spans = sortedValidated;
        this.reach = new int[sortedValidated.length];
        int furthest = 0;
        for (int i = 0; i < sortedValidated.length; i++) {
            furthest = Math.max(furthest, sortedValidated[i].end());
            reach[i] = furthest;
        }
    }

    public static SpanSet empty() {
        return EMPTY;
    }

    /** Builds a set from any collection; throws {@link SpanConflictException} on the first conflict. */
    public static SpanSet of(Collection<Span> spans) {
        return ofOwned(spans.toArray(new Span[0]));
    }

    /**
     * As {@link #of(Collection)}, taking the array (sorted in place, kept): for a reader that builds one per
     * document, where the collection's copy into an array was the part the compiler kept compiling again.
     */
    static SpanSet ofOwned(Span[] spans) {
        Arrays.sort(spans, Span.ORDER);
        validate(spans);
        return new SpanSet(spans);
    }

    public static SpanSet of(Span... spans) {
        return of(Arrays.asList(spans));
    }

    private static void validate(Span[] sorted) {
        // With start-first/longer-first order, a crossing always shows against an open ancestor.
        Span[] open = new Span[sorted.length]; // a stack: the spans still open at the current start
        int depth = 0;
        for (Span span : sorted) {
            while (depth > 0 && open[depth - 1].end() <= span.start()) {
                depth--;
            }
            if (depth > 0) {
                Span parent = open[depth - 1];
                Optional<String> reason = conflictReason(span, parent);
                if (reason.isPresent()) {
                    throw new SpanConflictException(span, parent, reason.get());
                }
            }
            open[depth++] = span;
        }
    }

    private static Optional<String> conflictReason(Span candidate, Span existing) {
        if (candidate.sameRange(existing)) {
            return Optional.of("there is already a " + existing.label() + " entity on exactly this text");
        }
        if (candidate.crosses(existing)) {
            return Optional.of("it would cross the " + existing.label() + " entity " + existing
                    + "; entities may nest but not cross");
        }
        return Optional.empty();
    }

    /** Why {@code candidate} cannot join this set, if it cannot. */
    public Optional<SpanConflictException> conflictWith(Span candidate) {
        for (Span existing : overlapping(candidate.start(), candidate.end())) {
            Optional<String> reason = conflictReason(candidate, existing);
            if (reason.isPresent()) {
                return Optional.of(new SpanConflictException(candidate, existing, reason.get()));
            }
        }
        return Optional.empty();
    }

    public SpanSet with(Span added) {
        conflictWith(added).ifPresent(conflict -> {
            throw conflict;
        });
        int at = insertionPoint(added);
        Span[] next = new Span[spans.length + 1];
        System.arraycopy(spans, 0, next, 0, at);
        next[at] = added;
        System.arraycopy(spans, at, next, at + 1, spans.length - at);
        return new SpanSet(next);
    }

    public SpanSet without(Span removed) {
        int at = Arrays.binarySearch(spans, removed, Span.ORDER);
        if (at < 0) {
            throw new IllegalArgumentException("no such span: " + removed);
        }
        Span[] next = new Span[spans.length - 1];
        System.arraycopy(spans, 0, next, 0, at);
        System.arraycopy(spans, at + 1, next, at, spans.length - at - 1);
        return new SpanSet(next);
    }

    /**
     * Swaps {@code removed} for {@code added} over the same range (a relabel): the order, the nesting and
     * the reach stay as they are, so this is one array copy, not a rebuild.
     */
    public SpanSet withSameRangeReplaced(Span removed, Span added) {
        if (!removed.sameRange(added)) {
            throw new IllegalArgumentException(added + " is not over the same range as " + removed);
        }
        int at = Arrays.binarySearch(spans, removed, Span.ORDER);
        if (at < 0) {
            throw new IllegalArgumentException("no such span: " + removed);
        }
        Span[] next = spans.clone();
        next[at] = added;
        return new SpanSet(next, reach);
    }

    /**
     * Removes every span of {@code removed} and adds every span of {@code added}, as one change validated
     * as a whole: the one place a change of spans is applied (an edit, its undo, stored corrections put
     * back). The result is the same whichever way it is built, so the cheapest is chosen: a relabel swaps
     * one span in place; a small change removes, then adds, one span at a time (each an array copy);
     * a large one rebuilds in one pass, where one at a time would be quadratic. Removals go first, so
     * every intermediate set is a subset of the result and a conflict anywhere is one of the result
     * (the policy is pairwise).
     *
     * @throws IllegalArgumentException when a span of {@code removed} is not in this set (or is named twice)
     * @throws SpanConflictException    when the result breaks the overlap policy
     */
    public SpanSet replace(Collection<Span> removed, Collection<Span> added) {
        if (removed.size() == 1 && added.size() == 1) {
            Span out = removed.iterator().next();
            Span in = added.iterator().next();
            if (out.sameRange(in)) {
                return withSameRangeReplaced(out, in); // a relabel, the commonest edit
            }
        }
        if (removed.size() + added.size() <= STEPWISE_LIMIT) {
            SpanSet result = this;
            for (Span span : removed) {
                result = result.without(span);
            }
            for (Span span : added) {
                result = result.with(span);
            }
            return result;
        }
        Set<Span> gone = new HashSet<>(removed);
        List<Span> next = new ArrayList<>(spans.length + added.size());
        int found = 0;
        for (Span span : spans) {
            if (gone.contains(span)) {
                found++;
            } else {
                next.add(span);
            }
        }
        if (found != removed.size()) {
            throw new IllegalArgumentException("some of the removed spans are not there: " + removed);
        }
        next.addAll(added);
        return of(next);
    }

    public SpanSet replace(Span removed, Span added) {
        return replace(List.of(removed), List.of(added));
    }

    public boolean containsSpan(Span span) {
        return Arrays.binarySearch(spans, span, Span.ORDER) >= 0;
    }

    public int indexOf(Span span) {
        int at = Arrays.binarySearch(spans, span, Span.ORDER);
        return at >= 0 ? at : -1;
    }

    /** Spans with the same range as {@code range}, whatever their label (at most one). */
    public Optional<Span> atRange(int start, int end) {
        for (Span span : overlapping(start, end)) {
            if (span.start() == start && span.end() == end) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    /** Spans covering {@code offset}, outermost first. */
    public List<Span> covering(int offset) {
        List<Span> result = new ArrayList<>();
        for (Span span : overlapping(offset, offset + 1)) {
            result.add(span);
        }
        return result;
    }

    /** The innermost span covering {@code offset}, if any. */
    public Optional<Span> innermostAt(int offset) {
        List<Span> covering = covering(offset);
        return covering.isEmpty() ? Optional.empty() : Optional.of(covering.get(covering.size() - 1));
    }

    /** Spans intersecting {@code [start, end)}, in set order. */
    public List<Span> overlapping(int start, int end) {
        int upper = firstStartingAtOrAfter(end);
        int lower = firstStartingAtOrAfter(start);
        int first = lower;
        while (first > 0 && reach[first - 1] > start) {
            first--;
        }
        List<Span> result = new ArrayList<>();
        for (int i = first; i < upper; i++) {
            if (spans[i].end() > start) {
                result.add(spans[i]);
            }
        }
        return result;
    }

    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = spans.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans[mid].start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int insertionPoint(Span span) {
        int at = Arrays.binarySearch(spans, span, Span.ORDER);
        return at >= 0 ? at : -at - 1;
    }

    /** Spans no other span contains: what a flat tag scheme (IOB, BIOES) can carry. */
    public List<Span> outermost() {
        List<Span> result = new ArrayList<>();
        int reach = -1;
        for (Span span : spans) {
            if (span.start() >= reach) {
                result.add(span);
                reach = span.end();
            }
        }
        return result;
    }

    public Map<Label, Integer> countByLabel() {
        Map<Label, Integer> counts = new TreeMap<>();
        for (Span span : spans) {
            counts.merge(span.label(), 1, Integer::sum);
        }
        return counts;
    }

    /** The furthest end of any span, 0 when empty. */
    public int maxEnd() {
        return reach.length == 0 ? 0 : reach[reach.length - 1];
    }

    /**
     * Same spans in the same order. Edits share the untouched {@code Span} objects, so comparing
     * references first keeps this cheap on 100,000 spans (JavaFX compares documents on every change).
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof SpanSet that)) {
            return super.equals(other);
        }
        if (that.spans.length != spans.length) {
            return false;
        }
        for (int i = 0; i < spans.length; i++) {
            if (spans[i] != that.spans[i] && !spans[i].equals(that.spans[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public Span get(int index) {
        return spans[index];
    }

    @Override
    public int size() {
        return spans.length;
    }
}
