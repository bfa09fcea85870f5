package cabletag.workspace;

import cabletag.core.Span;
import cabletag.core.text.TextSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a stored span's text is now, within {@link Reapplier#NEARBY} characters of where it was, and which of those
 * places hold the entity it is of ({@code holds}: a removal or relabel is of an entity of the file, which moved with
 * its text; null for an addition, which any occurrence of its text could be).
 */
record NearbyPlaces(List<Integer> all, List<Integer> held) {

    static NearbyPlaces of(StoredSpan stored, String text, Predicate<Span> holds) {
        Span span = stored.span();
        int from = Math.max(0, span.start() - Reapplier.NEARBY);
        int to = Math.min(text.length(), span.end() + Reapplier.NEARBY);
        List<Integer> all = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        String words = stored.text();
        for (int at = TextSearch.indexOf(text, words, from, false); at >= 0 && at + words.length() <= to;
             at = TextSearch.indexOf(text, words, at + 1, false)) {
            all.add(at);
            if (holds != null && holds.test(span.withBounds(at, at + words.length()))) {
                held.add(at);
            }
        }
        return new NearbyPlaces(List.copyOf(all), List.copyOf(held));
    }

    /** The places it can be at: those holding its entity when it is of one, else every occurrence of its text. */
    List<Integer> candidates(boolean ofAnEntity) {
        return ofAnEntity ? held : all;
    }
}
