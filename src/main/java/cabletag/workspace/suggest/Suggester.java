package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.workspace.namefinder.NameFinder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The suggestions for one cable from the chosen sources, in text order (gazetteer before model at the
 * same place). Both sources may propose the same text: each is listed with its own name, and accepting
 * one makes the other fall away (it would lie over an entity).
 */
public final class Suggester {

    private final Gazetteer gazetteer;
    private final NameFinder finder;

    /** @param finder the trained name finder, or null when there is none (no model suggestions) */
    public Suggester(Gazetteer gazetteer, NameFinder finder) {
        this.gazetteer = gazetteer;
        this.finder = finder;
    }

    public boolean hasModel() {
        return finder != null;
    }

    public List<Suggestion> suggest(Document document, RejectionCheck rejected, Set<SuggestionSource> sources) {
        List<Suggestion> all = new ArrayList<>();
        if (sources.contains(SuggestionSource.GAZETTEER) && gazetteer != null) {
            all.addAll(gazetteer.suggest(document, rejected));
        }
        if (sources.contains(SuggestionSource.MODEL) && finder != null) {
            all.addAll(new ModelSuggester(finder).suggest(document, rejected));
        }
        all.sort(java.util.Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::source));
        return all;
    }

    public List<Suggestion> suggest(Document document, RejectionCheck rejected) {
        return suggest(document, rejected, EnumSet.allOf(SuggestionSource.class));
    }
}
