package cabletag.core.score;

/**
 * Exact-match counts and the figures made from them, as conlleval and seqeval make them: a predicted
 * entity is correct only when its start, end and label all equal a gold entity's. A ratio whose
 * denominator is zero is 0, as seqeval reports it (its default {@code zero_division}) and conlleval prints it.
 *
 * @param correct   predicted entities that match a gold entity exactly
 * @param predicted entities as read
 * @param gold      entities as corrected
 */
public record EntityScore(long correct, long predicted, long gold) {

    public static final EntityScore ZERO = new EntityScore(0, 0, 0);

    public EntityScore {
        if (correct < 0 || predicted < correct || gold < correct) {
            throw new IllegalArgumentException("not a score: " + correct + " correct of " + predicted + " predicted, " + gold + " gold");
        }
    }

    public EntityScore plus(EntityScore other) {
        return new EntityScore(correct + other.correct, predicted + other.predicted, gold + other.gold);
    }

    public double precision() {
        return predicted == 0 ? 0.0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
