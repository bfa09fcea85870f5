package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.workspace.namefinder.CableSentences;
import cabletag.workspace.namefinder.NameFinder;
import cabletag.workspace.namefinder.TokenizedSentence;
import cabletag.workspace.namefinder.WeightedSentences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the name finder learns from, gathered one cable at a time (a corpus is never held): the
 * sentences of every reviewed cable, and, in case fewer than {@link SuggestionSettings#minReviewed()}
 * cables turn out reviewed, a fixed-seed reservoir sample of at most
 * {@link SuggestionSettings#maxMachineCables()} machine-tagged cables as weaker data. Reviewed sentences
 * are shown {@link SuggestionSettings#reviewedWeight()} times, machine ones once.
 */
public final class TrainingData {

    private final SuggestionSettings settings;
    private final List<List<TokenizedSentence>> reviewed = new ArrayList<>();
    private final List<List<TokenizedSentence>> machine = new ArrayList<>();
    private final Random random;
    private long machineSeen;

    public TrainingData(SuggestionSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public void addCable(Document document, boolean isReviewed) {
        if (isReviewed) {
            reviewed.add(CableSentences.of(document));
            return;
        }
        if (document.spans().isEmpty()) {
            return; // a cable without tags teaches only "no names here", which is false as often as not
        }
        machineSeen++;
        if (machine.size() < settings.maxMachineCables()) {
            machine.add(CableSentences.of(document));
        } else {
            long slot = (long) (random.nextDouble() * machineSeen);
            if (slot < settings.maxMachineCables()) {
                machine.set((int) slot, CableSentences.of(document));
            }
        }
    }

    public int reviewedCount() {
        return reviewed.size();
    }

    /** Whether machine-tagged cables join the training (too few reviewed). */
    public boolean usesMachine() {
        return reviewed.size() < settings.minReviewed();
    }

    /** What would be trained on, weighted. */
    public List<WeightedSentences> weighted() {
        return weighted(reviewed);
    }

    List<WeightedSentences> weighted(List<List<TokenizedSentence>> reviewedPart) {
        List<WeightedSentences> data = new ArrayList<>();
        data.add(new WeightedSentences(flat(reviewedPart), settings.reviewedWeight()));
        if (usesMachine()) {
            data.add(new WeightedSentences(flat(machine), 1));
        }
        return data;
    }

    List<List<TokenizedSentence>> reviewedSentences() {
        return reviewed;
    }

    /** Trains the name finder; IllegalArgumentException when there is no name to learn from. */
    public NameFinder train() throws IOException {
        return NameFinder.train(weighted(), settings.iterations());
    }

    NameFinder train(List<List<TokenizedSentence>> reviewedPart) throws IOException {
        return NameFinder.train(weighted(reviewedPart), settings.iterations());
    }

    private static List<TokenizedSentence> flat(List<List<TokenizedSentence>> cables) {
        List<TokenizedSentence> all = new ArrayList<>();
        cables.forEach(all::addAll);
        return all;
    }
}
