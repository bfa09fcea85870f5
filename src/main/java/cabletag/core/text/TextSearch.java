package cabletag.core.text;

/**
 * The program's one rule for finding a query in a text. Every search goes through here: the find bar
 * and "give every occurrence this label" (both through {@code cabletag.workspace.TextFinder}), the
 * name filter of the corpus list and the text filter of the entity table, and the search for a stored
 * correction's text when its cable changed ({@code cabletag.workspace.Reapplier}).
 *
 * <p><b>The case rule.</b> A search is either exact (char for char) or ignores case. Ignoring case is
 * Unicode <i>simple</i> case folding, code point by code point: two characters are the same when
 * {@code Character.toLowerCase(Character.toUpperCase(c))} is the same for both, so {@code erbil},
 * {@code Erbil} and {@code ERBIL} find one another, as do {@code ı}, {@code I} and {@code i}. It is the
 * equivalence of {@code String.regionMatches(true, …)}. Full folding ({@code ß} = {@code ss}) is not
 * used: it would let a match be longer or shorter than the text it covers, and a match is an offset
 * range that gets tagged. No locale takes part, so the same query finds the same places on every machine.
 *
 * <p><b>Who uses which.</b> The find bar and the two filters ignore case, because cables are often
 * written in capitals ({@code ERBIL}) and an analyst types a name as it is usually spelt. Giving every
 * occurrence an entity's label (A / Shift+A) is exact, so it never tags a different spelling of the text,
 * and so is putting a stored correction back on a changed cable: it must find the very text corrected.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /**
     * Where the first match of {@code query} starts at or after {@code from}, or -1. An empty query
     * matches nothing.
     */
    public static int indexOf(String text, String query, int from, boolean ignoreCase) {
        if (query.isEmpty()) {
            return -1;
        }
        if (!ignoreCase) {
            return text.indexOf(query, Math.max(0, from));
        }
        int first = fold(query.codePointAt(0));
        for (int at = Math.max(0, from); at < text.length(); at++) {
            if (fold(text.codePointAt(at)) == first && matchEnd(text, at, query, true) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Where a match of {@code query} that starts at {@code at} ends, or -1 if none starts there. Ignoring
     * case, a match holds as many code points as the query.
     */
    public static int matchEnd(String text, int at, String query, boolean ignoreCase) {
        if (query.isEmpty() || at < 0 || at > text.length()) {
            return -1;
        }
        if (!ignoreCase) {
            return text.startsWith(query, at) ? at + query.length() : -1;
        }
        int t = at;
        int q = 0;
        while (q < query.length()) {
            if (t >= text.length()) {
                return -1;
            }
            int tc = text.codePointAt(t);
            int qc = query.codePointAt(q);
            if (tc != qc && fold(tc) != fold(qc)) {
                return -1;
            }
            t += Character.charCount(tc);
            q += Character.charCount(qc);
        }
        return t;
    }

    /** Whether {@code query} occurs in {@code text}; an empty query occurs everywhere (a filter with no text). */
    public static boolean contains(String text, String query, boolean ignoreCase) {
        return query.isEmpty() || indexOf(text, query, 0, ignoreCase) >= 0;
    }

    /**
     * {@code text} folded code point by code point as the search ignores case: two texts a case-ignoring search takes
     * for the same have the same folded form, which can then be a key (a rejection of a text everywhere).
     */
    public static String folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> folded.appendCodePoint(fold(codePoint)));
        return folded.toString();
    }

    /** Simple case folding of one code point. */
    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }
}
