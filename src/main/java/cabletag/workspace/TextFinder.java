package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.text.TextSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a query in one cable's clean text, for find next/previous and "tag this match" (the find bar,
 * case ignored) and for giving every occurrence a label (exact, whole tokens). Matches never overlap;
 * with whole tokens on, a match must start and end on token boundaries, so "Iran" does not match inside
 * "Iranian". What "ignoring case" means is {@link TextSearch}'s one case rule.
 */
public final class TextFinder {

    private final Document document;
    private TokenIndex tokens;

    TextFinder(Document document, TokenIndex tokens) {
        this.document = document;
        this.tokens = tokens;
    }

    public static TextFinder of(Document document) {
        return new TextFinder(document, null);
    }

    public Document document() {
        return document;
    }

    /** Every match in text order; an empty or blank query matches nothing. */
    public List<TextMatch> findAll(String query, boolean ignoreCase, boolean wholeTokens) {
        List<TextMatch> matches = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return matches;
        }
        String text = document.text();
        int at = 0;
        while ((at = TextSearch.indexOf(text, query, at, ignoreCase)) >= 0) {
            int end = TextSearch.matchEnd(text, at, query, ignoreCase);
            if (!wholeTokens || (tokens().isTokenStart(at) && tokens().isTokenEnd(end))) {
                matches.add(new TextMatch(at, end));
                at = end;
            } else {
                at++;
            }
        }
        return matches;
    }

    /** The first match starting at or after {@code from}, wrapping round to the top. */
    public Optional<TextMatch> next(String query, int from, boolean ignoreCase, boolean wholeTokens) {
        List<TextMatch> all = findAll(query, ignoreCase, wholeTokens);
        for (TextMatch match : all) {
            if (match.start() >= from) {
                return Optional.of(match);
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The last match starting before {@code before}, wrapping round to the bottom. */
    public Optional<TextMatch> previous(String query, int before, boolean ignoreCase, boolean wholeTokens) {
        List<TextMatch> all = findAll(query, ignoreCase, wholeTokens);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).start() < before) {
                return Optional.of(all.get(i));
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private TokenIndex tokens() {
        if (tokens == null) {
            tokens = TokenIndex.of(document);
        }
        return tokens;
    }
}
