package cabletag.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How far corrections moved that nothing else places: those on a word the cable repeats, after a change of its
 * file. A line added or text deleted above them moves them all alike and keeps the distances between them, so a
 * shift that puts every one back on a place it can be is how far they moved — when it is the only such shift and
 * the least change that explains where they are. Two names can lie as far apart elsewhere in the cable as two
 * corrected ones did (a summary repeated in the body): a shift that puts both there by chance asks for more text
 * added or deleted above them than the small edits that put each on a nearer occurrence, between them. When such
 * nearer places explain them at no greater cost, or several shifts fit them all, or none does, there is no shift,
 * and each correction is named rather than put on an occurrence it may not be.
 *
 * <p>The cost of an explanation is what a diff would count: the corrections in the order they were stored at,
 * each moved by its own shift, take the first shift's size of text added or deleted above the first, and the
 * difference of each shift from the one before between the two.
 */
final class SharedShift {

    /** A correction: where it was stored and the shifts that put it on a place it can be now. */
    private record Moves(int storedStart, int storedEnd, Set<Integer> shifts) { }

    private final List<Moves> corrections = new ArrayList<>();

    /** A correction stored at {@code storedStart}-{@code storedEnd} that can start at each of {@code places} now. */
    void add(int storedStart, int storedEnd, List<Integer> places) {
        Set<Integer> shifts = new HashSet<>();
        for (int at : places) {
            shifts.add(at - storedStart);
        }
        corrections.add(new Moves(storedStart, storedEnd, shifts));
    }

    /** The shift that puts every correction added back, by the rule above; empty when there is none. */
    Optional<Integer> shift() {
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> shared = new HashSet<>(corrections.get(0).shifts());
        for (Moves each : corrections) {
            shared.retainAll(each.shifts());
        }
        if (shared.size() != 1) {
            return Optional.empty();
        }
        int shift = shared.iterator().next();
        return leastOtherwise(shift) > Math.abs((long) shift) ? Optional.of(shift) : Optional.empty();
    }

    /**
     * The least cost of an explanation that does not move them all by {@code shift}: for each place of the last
     * correction so far, the cheapest way there of those that already left the shared shift, and the one way of
     * those that did not.
     */
    private long leastOtherwise(int shift) {
        List<Moves> inOrder = new ArrayList<>(corrections);
        inOrder.sort(Comparator.comparingInt(Moves::storedStart));
        long alike = Math.abs((long) shift);
        Map<Integer, Long> apart = new HashMap<>();
        for (int each : inOrder.get(0).shifts()) {
            if (each != shift) {
                apart.put(each, Math.abs((long) each));
            }
        }
        for (int i = 1; i < inOrder.size(); i++) {
            Moves before = inOrder.get(i - 1);
            Moves next = inOrder.get(i);
            Map<Integer, Long> nextApart = new HashMap<>();
            for (int to : next.shifts()) {
                long best = to == shift || !follows(before, shift, next, to) ? Long.MAX_VALUE : alike + Math.abs((long) to - shift);
                for (Map.Entry<Integer, Long> from : apart.entrySet()) {
                    if (follows(before, from.getKey(), next, to)) {
                        best = Math.min(best, from.getValue() + Math.abs((long) to - from.getKey()));
                    }
                }
                if (best != Long.MAX_VALUE) {
                    nextApart.put(to, best);
                }
            }
            apart = nextApart;
        }
        return apart.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }

    /**
     * Whether {@code next}, moved by {@code to}, can still follow {@code before}, moved by {@code from}, after
     * text was added or deleted: an edit keeps the order of the text it leaves, so two corrections apart stay
     * apart in the same order, and two that share characters (or a start) were not edited between, both texts
     * being whole, and moved alike.
     */
    private static boolean follows(Moves before, int from, Moves next, int to) {
        if (next.storedStart() < before.storedEnd()) {
            return from == to;
        }
        return (long) next.storedStart() + to >= (long) before.storedEnd() + from;
    }
}
