package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.workspace.namefinder.NameFinder;
import cabletag.workspace.namefinder.TokenizedSentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Precision and recall of each source on reviewed cables held aside, so the analyst knows whether to
 * trust the suggestions: k-fold cross-validation ({@link SuggestionSettings#folds()}, fewer when fewer
 * cables are reviewed; at least 2 reviewed cables are needed). The reviewed cables are ordered by id and
 * shuffled with the fixed seed, then dealt round the folds; for each fold both sources are built from
 * everything but that fold (the unreviewed cables' evidence included, by the same rules as the real
 * suggestions) and suggest on the fold's cables with their entities taken away.
 *
 * <p>With more than {@link SuggestionSettings#qualityCables()} reviewed cables, only that many, the first of
 * the shuffled order, are held aside, and each fold's name finder learns from the sample's other folds, not
 * from every reviewed cable: its training is what costs (about 0.1 s per cable and fold), and a report on
 * 1,000 reviewed cables must not take many minutes. The gazetteer, cheap to build, still learns from every
 * reviewed cable outside the fold. The section's scope says so.
 */
public final class SuggestionQuality {

    private SuggestionQuality() {
    }

    public static List<SourceQuality> estimate(CorpusEvidence evidence) throws IOException {
        return estimate(evidence, () -> false);
    }

    /** As {@link #estimate(CorpusEvidence)}, asking {@code cancelled} before each fold; null when cancelled. */
    public static List<SourceQuality> estimate(CorpusEvidence evidence, java.util.function.BooleanSupplier cancelled) throws IOException {
        List<Integer> order = new ArrayList<>();
        List<Document> reviewed = evidence.reviewed();
        for (int i = 0; i < reviewed.size(); i++) {
            order.add(i);
        }
        if (reviewed.size() < 2) {
            String note = "needs at least 2 reviewed cables to hold some aside; " + reviewed.size() + " reviewed";
            return List.of(new SourceQuality(SuggestionSource.GAZETTEER, 0, reviewed.size(), 0, 0, 0, 0, note),
                    new SourceQuality(SuggestionSource.MODEL, 0, reviewed.size(), 0, 0, 0, 0, note));
        }
        order.sort(Comparator.comparing(i -> reviewed.get(i).id()));
        Collections.shuffle(order, new Random(evidence.settings().seed()));
        List<Integer> outside = new ArrayList<>(order.subList(Math.min(order.size(), evidence.settings().qualityCables()), order.size()));
        order = new ArrayList<>(order.subList(0, Math.min(order.size(), evidence.settings().qualityCables())));
        int folds = Math.min(evidence.settings().folds(), order.size());
        int[] gazetteer = new int[3];
        int[] model = new int[3];
        String modelNote = "";
        List<List<TokenizedSentence>> sentences = evidence.training().reviewedSentences();
        for (int fold = 0; fold < folds; fold++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            List<Document> trainDocuments = new ArrayList<>();
            List<List<TokenizedSentence>> trainSentences = new ArrayList<>();
            List<Document> heldOut = new ArrayList<>();
            for (int position = 0; position < order.size(); position++) {
                int cable = order.get(position);
                if (position % folds == fold) {
                    heldOut.add(reviewed.get(cable));
                } else {
                    trainDocuments.add(reviewed.get(cable));
                    trainSentences.add(sentences.get(cable));
                }
            }
            List<Document> gazetteerDocuments = new ArrayList<>(trainDocuments);
            outside.forEach(cable -> gazetteerDocuments.add(reviewed.get(cable)));
            Gazetteer foldGazetteer = evidence.gazetteer(gazetteerDocuments);
            NameFinder finder = null;
            try {
                finder = evidence.training().train(trainSentences);
            } catch (IllegalArgumentException nothingToLearn) {
                modelNote = "some folds had nothing to learn from";
            }
            for (Document document : heldOut) {
                Document untagged = CorpusEvidence.untagged(document);
                count(gazetteer, document, foldGazetteer.suggest(untagged, RejectionCheck.NONE));
                List<Suggestion> found = finder == null ? List.of() : new ModelSuggester(finder).suggest(untagged, RejectionCheck.NONE);
                count(model, document, found);
            }
        }
        return List.of(new SourceQuality(SuggestionSource.GAZETTEER, order.size(), reviewed.size(), folds, gazetteer[0], gazetteer[1], gazetteer[2], ""),
                new SourceQuality(SuggestionSource.MODEL, order.size(), reviewed.size(), folds, model[0], model[1], model[2], modelNote));
    }

    /** Adds true positives, false positives and false negatives of one cable. */
    private static void count(int[] counts, Document gold, List<Suggestion> suggested) {
        Set<Span> expected = new HashSet<>(gold.spans().outermost());
        Set<Span> found = new HashSet<>();
        suggested.forEach(suggestion -> found.add(suggestion.span()));
        for (Span span : found) {
            if (expected.contains(span)) {
                counts[0]++;
            } else {
                counts[1]++;
            }
        }
        for (Span span : expected) {
            if (!found.contains(span)) {
                counts[2]++;
            }
        }
    }
}
