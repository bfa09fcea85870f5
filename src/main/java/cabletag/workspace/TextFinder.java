package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.text.TextSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a query in one cable's clean text, for find next/previous and "tag this match" (the find bar,
 * case ignored) and for giving every occurrence a label (exact, whole tokens). Matches never overlap;
 * with whole tokens on, a match must start and end on token boundaries or with only punctuation between it and
 * them, so "Iran" does not match inside "Iranian", and "Tehran" matches in "Tehran.". What "ignoring case" means
 * is {@link TextSearch}'s one case rule.
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
            if (!wholeTokens || isWhole(text, at, end)) {
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

    /**
     * Whether {@code [at, end)} is a whole word: on token boundaries, or apart from them by punctuation alone. A tagged
     * cable's tokens are the tagger's, cut at white space, so "Tehran." is one token: "Tehran" in it was a part of a word,
     * and A on {@code [LOC Tehran  ].} took the period in (found from outside). "S" in "U.S." and "Iran" in "Iranian"
     * stay parts of words: a letter or a digit stands between them and the token's edge.
     */
    private boolean isWhole(String text, int at, int end) {
        return (tokens().isTokenStart(at) || onlyPunctuationBefore(text, at))
                && (tokens().isTokenEnd(end) || onlyPunctuationAfter(text, end));
    }

    /** Whether only punctuation stands between {@code at} and the white space (or the text's start) before it. */
    private static boolean onlyPunctuationBefore(String text, int at) {
        int k = at;
        while (k > 0) {
            int c = text.codePointBefore(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
            if (!isPunctuation(c)) {
                return false;
            }
            k -= Character.charCount(c);
        }
        return true;
    }

    /** Whether only punctuation stands between {@code end} and the white space (or the text's end) after it. */
    private static boolean onlyPunctuationAfter(String text, int end) {
        int k = end;
        while (k < text.length()) {
            int c = text.codePointAt(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
            if (!isPunctuation(c)) {
                return false;
            }
            k += Character.charCount(c);
        }
        return true;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private TokenIndex tokens() {
        if (tokens == null) {
            tokens = TokenIndex.of(document);
        }
        return tokens;
    }
}
