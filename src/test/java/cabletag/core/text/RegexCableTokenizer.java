package cabletag.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test oracle for {@link CableTokenizer}: its word rules as the regular expression they were first
 * written as, kept only to check the scanner against (CableTokenizerOracleProperties).
 *
 * <p>Word rules for plain cable English, in the spirit of the Penn Treebank conventions CoNLL data uses:
 * dotted abbreviations ({@code U.S.}, {@code Amb.}) and initials stay whole, hyphenated names
 * ({@code al-Rubaie}) stay whole, numbers keep their inner punctuation ({@code 1.4}, {@code 01/25/2019}) and a
 * letter suffix ({@code 10th}, {@code 1990s}),
 * a possessive {@code 's} is its own token, and every other punctuation mark is a token by itself.
 *
 * <p>A full stop between two word characters never splits a word: {@code state.gov}, {@code www.b.com},
 * {@code v1.2} and {@code A.B.Cdef} are one token each, as a run-together word is in CoNLL data. A dotted
 * abbreviation ({@code U.S.}, {@code e.g.}, {@code U.S}) is only taken when a token boundary follows it (no
 * letter, mark or digit right after); otherwise the whole dotted word is the token, never its first letters.
 * A full stop at the end of a word is its own token ({@code end.} is {@code end} and {@code .}) except after
 * a dotted abbreviation (also at the end of a hyphenated word: {@code Iran-U.S.}), a known abbreviation
 * ({@code Amb.}) or an initial ({@code C.}).
 */
final class RegexCableTokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Amb", "Gov", "Sen",
            "Rep", "Pres", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "Vol", "Dept", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "etc", "vs", "cf", "e.g", "i.e");

    private static final Pattern TOKEN = Pattern.compile(
            // U.S., e.g., U.S, but only at a token boundary: the atomic group keeps "A.B.Cdef" from
            // backing off to "A.B." or "A.B" (the word rule takes it whole)
            "(?<dotted>(?>\\p{L}(?:\\.\\p{L})+\\.?)(?![\\p{L}\\p{M}\\p{N}]))"
            + "|(?<number>\\p{N}+(?:[.,:/-]\\p{N}+)*(?:\\p{L}[\\p{L}\\p{M}]*)?)"  // 1.4, 19-22, 01/25/2019, 10th, 1990s
            // al-Rubaie, a_b, state.gov: a hyphen, underscore or full stop between word characters joins them
            + "|(?<word>[\\p{L}\\p{M}\\p{N}]+(?:[-_.][\\p{L}\\p{M}\\p{N}]+)*(?:['\u2019](?![sS]\\b)[\\p{L}]+)*)"
            + "|(?<possessive>['\u2019][sS]\\b)"
            // Any other mark, one at a time; never a space of any kind: an exported token holding U+00A0
            // or U+202F would fall apart when Python's str.split() reads it (exactly str.isspace()'s set).
            + "|(?<other>[^\\s\\p{Z}\\u0085\\u001C-\\u001F])");

    /** A word that ends in a dotted abbreviation after a hyphen or underscore: "Iran-U.S", "non-U.S". */
    private static final Pattern DOTTED_TAIL = Pattern.compile("(?:^|[-_])\\p{L}(?:\\.\\p{L})+$");

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (matcher.group("word") != null && end < text.length() && text.charAt(end) == '.'
                    && (ABBREVIATIONS.contains(matcher.group()) || isInitial(matcher.group())
                            || DOTTED_TAIL.matcher(matcher.group()).find())) {
                end++; // "Amb.", the initial in "David C. Litt" and "Iran-U.S." keep their full stop
                matcher.region(end, text.length());
            }
            tokens.add(new Token(start, end));
        }
        return tokens;
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
