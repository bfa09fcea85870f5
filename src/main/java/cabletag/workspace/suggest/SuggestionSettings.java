package cabletag.workspace.suggest;

/**
 * The few numbers that decide how suggestions are made (see docs/STORE.md, "Suggestions").
 *
 * @param minReviewed      below this many reviewed cables, the machine tagger's entities of unreviewed
 *                         cables count as (weaker) evidence for the gazetteer and as training data for the
 *                         name finder: 20 cables hold a few hundred names, about what a name finder needs
 *                         before its own suggestions beat the machine tagger's
 * @param reviewedWeight   how many times each reviewed sentence is shown to the trainer (machine-tagged
 *                         ones once): reviewed data outweighs machine data without drowning it
 * @param maxMachineCables at most this many machine-tagged cables train the name finder, a fixed-seed
 *                         sample of them, so training time stays bounded on a 250,000-cable corpus
 * @param iterations       training iterations of the name finder
 * @param folds            folds of the quality estimate (fewer when fewer cables are reviewed)
 * @param qualityCables    at most this many reviewed cables, a fixed-seed sample, are held aside by the quality
 *                         estimate, and the name finder of each fold learns from the sample's other folds only:
 *                         it trains once per fold, about 0.1 s per cable, so 200 reviewed cables cost 71 s
 *                         unbounded and 60 keep the report at about ten seconds whatever is reviewed
 * @param seed             the seed of every sample and fold split, so results repeat
 */
public record SuggestionSettings(int minReviewed, int reviewedWeight, int maxMachineCables, int iterations, int folds, int qualityCables,
                                 long seed) {

    public static final SuggestionSettings DEFAULT = new SuggestionSettings(20, 3, 500, 100, 3, 60, 13L);
}
