package cabletag.workspace.suggest;

/**
 * How good one source's suggestions are on reviewed cables held aside: exact matches of range and label
 * against the analyst's entities (outermost ones), counted as seqeval counts entities.
 *
 * @param source         the source
 * @param cables         reviewed cables held aside and scored (each once, over all folds)
 * @param reviewed       reviewed cables in all (more than {@code cables} when the estimate took a sample)
 * @param folds          how many folds
 * @param truePositives  suggestions equal to an entity
 * @param falsePositives suggestions that are no entity
 * @param falseNegatives entities not suggested
 * @param note           why nothing could be scored, or empty
 */
public record SourceQuality(SuggestionSource source, int cables, int reviewed, int folds, int truePositives, int falsePositives,
                            int falseNegatives, String note) {

    public double precision() {
        int suggested = truePositives + falsePositives;
        return suggested == 0 ? 0 : (double) truePositives / suggested;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
