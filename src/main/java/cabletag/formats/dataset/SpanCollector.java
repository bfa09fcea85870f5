package cabletag.formats.dataset;

import cabletag.core.CodePoints;
import cabletag.core.Diagnostic;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the entities of an imported document, given in code point offsets, into a {@link SpanSet}:
 * offsets outside the text, unusable labels and spans the overlap policy refuses become warnings at
 * the place they were read, and the rest of the document is kept.
 */
final class SpanCollector {

    private final String text;
    private final CodePoints points;
    private final List<Candidate> candidates = new ArrayList<>();
    private List<Span> kept;
    private final List<Diagnostic> diagnostics;

    SpanCollector(String text, List<Diagnostic> diagnostics) {
        this(text, diagnostics, false);
    }

    /**
     * @param tokensGiven whether the document keeps the tokens its file gave (CoNLL): then even a token of white space
     *                    (a no-break space) is one, and an entity of white space only is no problem of the token formats
     */
    SpanCollector(String text, List<Diagnostic> diagnostics, boolean tokensGiven) {
        this.text = text;
        this.points = CodePoints.of(text);
        this.diagnostics = diagnostics;
        this.tokensGiven = tokensGiven;
    }

    private final boolean tokensGiven;

    /**
     * Adds an entity at code point offsets; returns false (with a warning) when its label or offsets
     * cannot be used. Whether it overlaps an earlier entity is decided by {@link #spans()}, which adds
     * that warning where this entity was read.
     */
    boolean add(long start, long end, String labelName, int line, int column) {
        return add(start, end, labelName, line, column, null);
    }

    /**
     * Adds an entity as {@link #add(long, long, String, int, int)} does, with what is to be said of it if it is kept
     * ({@code whenKept}, given the entity as kept, returns a warning or null; null for nothing to say): a warning
     * about an entity kept, placed where it was read, as a dropped one's is (a span whose own text differs from
     * what it covers, {@link SpanText}; a brat entity widened over its fragments). Of an entity dropped, only
     * that it is dropped is said.
     */
    boolean add(long start, long end, String labelName, int line, int column, java.util.function.Function<Span, Diagnostic> whenKept) {
        Optional<Label> label = label(labelName);
        if (label.isEmpty()) {
            // half a surrogate pair is named by its number: written raw, a terminal shows it as ?
            String halfCharacter = UnpairedSurrogate.problem("the label", labelName);
            // a name that is a tag (O, B-PER) is said so: it is a label name by its letters
            Optional<String> tag = labelName == null ? Optional.empty() : Label.isValidName(labelName.trim().toUpperCase(Locale.ROOT))
                    ? Label.whyATag(labelName.trim().toUpperCase(Locale.ROOT)) : Optional.empty();
            diagnostics.add(Diagnostic.dropped("bad-label", line, column, halfCharacter != null ? halfCharacter + "; entity dropped"
                    : tag.isPresent() ? "'" + labelName + "' is not a usable label: " + tag.get() + "; entity dropped"
                    : "'" + labelName + "' is not a usable label (capital letters, digits, _ or -); entity dropped"));
            return false;
        }
        int length = points.codePointLength();
        if (start < 0 || end > length || start >= end) {
            // an empty or backwards span fits any text: saying it does not fit sends the user to the wrong fix
            String why = start == end ? "is an empty span (start = end)"
                    : start > end ? "ends before it starts"
                    : "does not fit the text of " + length + " characters" + SpanText.longerCounted(text, start, end);
            diagnostics.add(Diagnostic.dropped("bad-offsets", line, column,
                    "entity [" + start + ", " + end + ") " + labelName + " " + why + "; entity dropped"));
            return false;
        }
        Span span = new Span(points.toUtf16((int) start), points.toUtf16((int) end), label.get());
        candidates.add(new Candidate(span, line, column, diagnostics.size(), whenKept));
        return true;
    }

    /** The text's length in code points, the unit of the offsets a dataset gives. */
    int codePointLength() {
        return points.codePointLength();
    }

    /** A code point offset that {@link #add} accepted, as a UTF-16 index into the text (O(log n), not a walk from 0). */
    int toUtf16(long codePoint) {
        return points.toUtf16((int) codePoint);
    }

    private static Optional<Label> label(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Label.isEntityLabel(upper) ? Optional.of(Label.of(upper)) : Optional.empty();
    }

    /**
     * The entities kept. Earlier entities win: one over the same text as, or crossing, an entity kept
     * before it is dropped with a warning, placed among the other warnings where it was read.
     */
    SpanSet spans() {
        if (kept == null) {
            kept = resolve();
        }
        try {
            return SpanSet.of(kept);
        } catch (SpanConflictException e) {
            throw new IllegalStateException("conflicts are filtered on add", e);
        }
    }

    /** An entity as read, and where its warning would go: the number of warnings before it. */
    private record Candidate(Span span, int line, int column, int warningSlot, java.util.function.Function<Span, Diagnostic> whenKept) { }

    /**
     * First-wins overlap filtering in O(n log n): a span crosses a kept one exactly when a kept span
     * starts strictly inside it and ends after it, or ends strictly inside it and starts before it.
     * Two range queries over the kept spans' starts and ends answer both (checking every kept span, as
     * this did before, took 16 s for 100,000 entities).
     */
    private List<Span> resolve() {
        List<Span> result = new ArrayList<>(candidates.size());
        if (candidates.isEmpty()) {
            return result;
        }
        int[] coordinates = new int[candidates.size() * 2];
        for (int i = 0; i < candidates.size(); i++) {
            coordinates[2 * i] = candidates.get(i).span().start();
            coordinates[2 * i + 1] = candidates.get(i).span().end();
        }
        Arrays.sort(coordinates);
        int distinct = 0;
        for (int i = 0; i < coordinates.length; i++) {
            if (i == 0 || coordinates[i] != coordinates[i - 1]) {
                coordinates[distinct++] = coordinates[i];
            }
        }
        int[] sorted = Arrays.copyOf(coordinates, distinct);
        // Per start position the kept span reaching furthest; per end position the one starting earliest.
        RangeBest furthestByStart = new RangeBest(distinct, (a, b) -> a.end() > b.end());
        RangeBest earliestByEnd = new RangeBest(distinct, (a, b) -> a.start() < b.start());
        Map<Long, Span> byRange = new HashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Span span = candidate.span();
            int s = Arrays.binarySearch(sorted, span.start());
            int e = Arrays.binarySearch(sorted, span.end());
            Span sameRange = byRange.get(rangeKey(span));
            Span crossed = null;
            if (sameRange == null) {
                Span reaching = furthestByStart.best(s + 1, e);
                if (reaching != null && reaching.end() > span.end()) {
                    crossed = reaching;
                } else {
                    Span early = earliestByEnd.best(s + 1, e);
                    if (early != null && early.start() < span.start()) {
                        crossed = early;
                    }
                }
            }
            if (sameRange == null && crossed == null) {
                result.add(span);
                byRange.put(rangeKey(span), span);
                furthestByStart.offer(s, span);
                earliestByEnd.offer(e, span);
                Diagnostic note = candidate.whenKept() == null ? null : candidate.whenKept().apply(span);
                if (note != null) {
                    warnings.add(note); // of an entity kept only: one dropped is named as dropped, not as kept
                    slots.add(candidate.warningSlot());
                }
                if (!tokensGiven && cabletag.formats.reader.BlankEntity.isBlank(text, span.start(), span.end())) {
                    // no token: conll and hf leave it out, which check said nothing of
                    warnings.add(cabletag.formats.reader.BlankEntity.warning(candidate.line(), candidate.column(),
                            span.label().name(), span.textIn(text)));
                    slots.add(candidate.warningSlot());
                }
                continue;
            }
            Span existing = sameRange != null ? sameRange : crossed;
            String reason = sameRange != null ? "same text as" : "crosses";
            warnings.add(Diagnostic.dropped("overlap", candidate.line(), candidate.column(), "entity " + span.label() + " '"
                    + span.textIn(text) + "' " + reason + " the " + existing.label() + " entity '"
                    + existing.textIn(text) + "'; entity dropped"));
            slots.add(candidate.warningSlot());
        }
        if (!warnings.isEmpty()) {
            placeWarnings(warnings, slots);
        }
        return result;
    }

    /** Merges the overlap warnings into the caller's list at the places they were read, in one pass. */
    private void placeWarnings(List<Diagnostic> warnings, List<Integer> slots) {
        List<Diagnostic> merged = new ArrayList<>(diagnostics.size() + warnings.size());
        int next = 0;
        for (int i = 0; i <= diagnostics.size(); i++) {
            while (next < warnings.size() && slots.get(next) == i) {
                merged.add(warnings.get(next++));
            }
            if (i < diagnostics.size()) {
                merged.add(diagnostics.get(i));
            }
        }
        diagnostics.clear();
        diagnostics.addAll(merged);
    }

    private static long rangeKey(Span span) {
        return ((long) span.start() << 32) | span.end();
    }

    /** A segment tree over positions: offer a span at a position, ask for the best span in a position range. */
    private static final class RangeBest {
        private final int size;
        private final Span[] tree;
        private final java.util.function.BiPredicate<Span, Span> better;

        RangeBest(int size, java.util.function.BiPredicate<Span, Span> better) {
            this.size = size;
            this.tree = new Span[2 * size];
            this.better = better;
        }

        void offer(int position, Span span) {
            for (int node = position + size; node >= 1; node >>= 1) {
                if (tree[node] == null || better.test(span, tree[node])) {
                    tree[node] = span;
                } else {
                    break; // this node, so every ancestor, already holds one at least as good
                }
            }
        }

        /** The best span offered at positions {@code [from, to)}, or null. */
        Span best(int from, int to) {
            Span best = null;
            for (int low = from + size, high = to + size; low < high; low >>= 1, high >>= 1) {
                if ((low & 1) == 1) {
                    best = pick(best, tree[low++]);
                }
                if ((high & 1) == 1) {
                    best = pick(best, tree[--high]);
                }
            }
            return best;
        }

        private Span pick(Span current, Span other) {
            return other != null && (current == null || better.test(other, current)) ? other : current;
        }
    }
}
