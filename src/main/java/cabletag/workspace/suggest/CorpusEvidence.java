package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.SpanSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pass over a corpus gathers for the suggestions, cable by cable (no cable is kept, except the
 * reviewed ones' names and sentences): the gazetteer's evidence and the name finder's training data.
 * The window feeds it from {@code workspace.document(i)} on a background thread, the commands from
 * their stream of corrected documents.
 */
public final class CorpusEvidence {

    private final SuggestionSettings settings;
    /** Evidence from cables not reviewed: the analyst's additions and the machine's tags. */
    private final Gazetteer unreviewed = new Gazetteer();
    private final List<Document> reviewed = new ArrayList<>();
    private final TrainingData training;

    public CorpusEvidence(SuggestionSettings settings) {
        this.settings = settings;
        this.training = new TrainingData(settings);
    }

    public void addCable(Document document, boolean isReviewed) {
        if (isReviewed) {
            reviewed.add(document); // the analyst's reviewed cables: few enough to keep for the quality folds
        } else {
            unreviewed.addCable(document, false);
        }
        training.addCable(document, isReviewed);
    }

    public SuggestionSettings settings() {
        return settings;
    }

    public int reviewedCount() {
        return reviewed.size();
    }

    /** Whether the machine's tags count as evidence: fewer than {@link SuggestionSettings#minReviewed()} reviewed cables. */
    public boolean usesMachineTags() {
        return reviewed.size() < settings.minReviewed();
    }

    /** The gazetteer of everything gathered. */
    public Gazetteer gazetteer() {
        return gazetteer(reviewed);
    }

    Gazetteer gazetteer(List<Document> reviewedPart) {
        Gazetteer gazetteer = unreviewed.copy();
        for (Document document : reviewedPart) {
            gazetteer.addCable(document, true);
        }
        gazetteer.useMachineEvidence(reviewedPart.size() < settings.minReviewed());
        return gazetteer;
    }

    /** Trains the name finder on everything gathered; IllegalArgumentException when there is no name to learn from. */
    public cabletag.workspace.namefinder.NameFinder trainNameFinder() throws IOException {
        return training.train();
    }

    TrainingData training() {
        return training;
    }

    List<Document> reviewed() {
        return reviewed;
    }

    /** A reviewed cable without its entities, as the sources see untagged text. */
    static Document untagged(Document document) {
        return document.withSpans(SpanSet.empty());
    }
}
