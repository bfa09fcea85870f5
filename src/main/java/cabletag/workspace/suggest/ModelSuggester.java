package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.workspace.namefinder.CableSentences;
import cabletag.workspace.namefinder.NameFinder;
import cabletag.workspace.namefinder.TokenName;
import cabletag.workspace.namefinder.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;

/** The name finder's names in a cable, as suggestions over the clean text. One per thread. */
public final class ModelSuggester {

    private final NameFinder finder;

    public ModelSuggester(NameFinder finder) {
        this.finder = finder.copy();
    }

    /** Names the finder sees, never over an existing entity nor where {@code rejected} says no. */
    public List<Suggestion> suggest(Document document, RejectionCheck rejected) {
        String text = document.text();
        List<Suggestion> found = new ArrayList<>();
        for (TokenizedSentence sentence : CableSentences.of(document)) {
            for (TokenName name : finder.find(sentence.tokens())) {
                int start = sentence.starts()[name.start()];
                int end = sentence.ends()[name.end() - 1];
                if (name.label() == null || !Label.isValidName(name.label())) {
                    continue; // a model trained elsewhere may carry names we cannot use as labels
                }
                Label label = Label.of(name.label());
                String covered = text.substring(start, end);
                if (!document.spans().overlapping(start, end).isEmpty() || rejected.isRejected(start, end, label, covered)) {
                    continue;
                }
                found.add(new Suggestion(start, end, label, covered, SuggestionSource.MODEL, Evidence.MODEL, name.probability()));
            }
        }
        return found;
    }
}
