package cabletag.core.score;

import cabletag.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities of one cable as read (predictions) against the same cable as corrected (gold).
 *
 * <p>Correct: start, end and label equal (conlleval's and seqeval's exact match). Every other entity
 * ends up in exactly one {@link EntityError}, found in this order, so that the counts do not depend on
 * how the spans happen to be listed:
 * <ol>
 * <li>a prediction and a gold entity over the same extent: a {@link ErrorKind#LABEL label} error;</li>
 * <li>each remaining prediction, in text order, is paired with the remaining overlapping gold entity it
 *     overlaps most (ties: the same label first, then the earlier one): a {@link ErrorKind#BOUNDARY
 *     boundary} error with the same label, else {@link ErrorKind#BOUNDARY_AND_LABEL boundary+label};</li>
 * <li>a prediction left over (one entity the analyst split in two, say) that still overlaps a gold
 *     entity not kept exactly is a boundary (or boundary+label) error against the one it overlaps most,
 *     else {@link ErrorKind#SPURIOUS spurious}; a gold entity left over likewise, else
 *     {@link ErrorKind#MISSED missed}.</li>
 * </ol>
 * Entities kept exactly take no part in the pairing: an outer entity the analyst deleted around an
 * inner one that stayed is spurious, not a boundary error of the inner one.
 *
 * @param predicted the entities as read, sorted
 * @param gold      the corrected entities, sorted
 * @param correct   the predictions that match a gold entity exactly
 * @param errors    every other disagreement, predictions' errors in text order first
 */
public record SpanComparison(List<Span> predicted, List<Span> gold, List<Span> correct, List<EntityError> errors) {

    public SpanComparison {
        predicted = List.copyOf(predicted);
        gold = List.copyOf(gold);
        correct = List.copyOf(correct);
        errors = List.copyOf(errors);
    }

    public static SpanComparison of(Collection<Span> predictions, Collection<Span> golds) {
        List<Span> predicted = new ArrayList<>(new TreeSet<>(predictions));
        List<Span> gold = new ArrayList<>(new TreeSet<>(golds));
        Set<Span> goldSet = new HashSet<>(gold);
        Set<Span> predictedSet = new HashSet<>(predicted);
        List<Span> correct = new ArrayList<>();
        List<Span> openPredicted = new ArrayList<>();
        for (Span span : predicted) {
            if (goldSet.contains(span)) {
                correct.add(span);
            } else {
                openPredicted.add(span);
            }
        }
        List<Span> openGold = new ArrayList<>();
        for (Span span : gold) {
            if (!predictedSet.contains(span)) {
                openGold.add(span);
            }
        }
        List<EntityError> errors = new ArrayList<>();
        Set<Span> pairedPredicted = new HashSet<>();
        Set<Span> pairedGold = new HashSet<>();
        // 1. same extent, other label
        for (Span p : openPredicted) {
            for (Span g : openGold) {
                if (g.sameRange(p) && !pairedGold.contains(g)) {
                    errors.add(new EntityError(ErrorKind.LABEL, p, g));
                    pairedPredicted.add(p);
                    pairedGold.add(g);
                    break;
                }
            }
        }
        // 2. overlapping, paired one to one
        for (Span p : openPredicted) {
            if (pairedPredicted.contains(p)) {
                continue;
            }
            Span best = bestOverlap(p, openGold, pairedGold, true);
            if (best != null) {
                errors.add(overlapError(p, best));
                pairedPredicted.add(p);
                pairedGold.add(best);
            }
        }
        // 3. left over: against any open entity of the other side, else spurious / missed
        for (Span p : openPredicted) {
            if (!pairedPredicted.contains(p)) {
                Span best = bestOverlap(p, openGold, pairedGold, false);
                errors.add(best == null ? new EntityError(ErrorKind.SPURIOUS, p, null) : overlapError(p, best));
            }
        }
        for (Span g : openGold) {
            if (!pairedGold.contains(g)) {
                Span best = bestOverlap(g, openPredicted, pairedPredicted, false);
                errors.add(best == null ? new EntityError(ErrorKind.MISSED, null, g) : overlapError(best, g));
            }
        }
        return new SpanComparison(predicted, gold, correct, errors);
    }

    private static EntityError overlapError(Span p, Span g) {
        return new EntityError(p.label().equals(g.label()) ? ErrorKind.BOUNDARY : ErrorKind.BOUNDARY_AND_LABEL, p, g);
    }

    /** The candidate overlapping {@code span} most; ties: same label, then the earlier. */
    private static Span bestOverlap(Span span, List<Span> candidates, Set<Span> paired, boolean unpairedOnly) {
        Span best = null;
        int bestOverlap = 0;
        boolean bestSameLabel = false;
        for (Span candidate : candidates) {
            if (unpairedOnly && paired.contains(candidate) || !candidate.intersects(span)) {
                continue;
            }
            int overlap = Math.min(span.end(), candidate.end()) - Math.max(span.start(), candidate.start());
            boolean sameLabel = candidate.label().equals(span.label());
            if (best == null || overlap > bestOverlap || overlap == bestOverlap && sameLabel && !bestSameLabel) {
                best = candidate;
                bestOverlap = overlap;
                bestSameLabel = sameLabel;
            }
        }
        return best;
    }

    public EntityScore score() {
        return new EntityScore(correct.size(), predicted.size(), gold.size());
    }
}
