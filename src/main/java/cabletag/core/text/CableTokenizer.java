package cabletag.core.text;

import java.util.Set;

/**
 * Word rules for plain cable English, in the spirit of the Penn Treebank conventions CoNLL data uses:
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
 * ({@code Amb.}) or an initial ({@code C.}). Spaces of any kind (exactly Python's {@code str.isspace()} set)
 * are never part of a token.
 *
 * <p>A hand-written scanner, the program's only word tokenizer (export, stats, the window's snapping and
 * the workspace's token index all use it). The rules were first written as a regular expression, which is
 * kept in the tests as an oracle ({@code RegexCableTokenizer}); a jqwik property holds the two equal. The
 * regular expression was several times slower and dominated the CoNLL export of plain cables. The
 * comments on each rule give its regular-expression form.
 */
public final class CableTokenizer implements Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Amb", "Gov", "Sen",
            "Rep", "Pres", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "Vol", "Dept", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "etc", "vs", "cf", "e.g", "i.e");

    @Override
    public void scan(String text, TokenSink sink) {
        new Scan(text).run(sink);
    }

    /** One pass over one text; the helpers read {@code text} and {@code length}. */
    private static final class Scan {

        private final String text;
        private final int length;

        private Scan(String text) {
            this.text = text;
            this.length = text.length();
        }

        private void run(TokenSink sink) {
            int at = 0;
            while (at < length) {
                int c = text.codePointAt(at);
                if (isSkipped(c)) {
                    at++;
                    continue;
                }
                int end = dotted(at);
                if (end < 0) {
                    end = number(at);
                }
                if (end < 0) {
                    end = word(at);
                    if (end >= 0 && end < length && text.charAt(end) == '.') {
                        String word = text.substring(at, end);
                        if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                                || endsInDottedLetters(at, end)) {
                            end++; // "Amb.", the initial in "David C. Litt" and "Iran-U.S." keep their full stop
                        }
                    }
                }
                if (end < 0) {
                    end = possessive(at);
                }
                if (end < 0) {
                    end = at + Character.charCount(c);
                }
                sink.token(at, end);
                at = end;
            }
        }

        /** {@code (?>\p{L}(?:\.\p{L})+\.?)(?![\p{L}\p{M}\p{N}])}: only at a token boundary, no backing off. */
        private int dotted(int at) {
            if (!isLetter(at)) {
                return -1;
            }
            int end = next(at);
            int pairs = 0;
            while (end < length && text.charAt(end) == '.' && end + 1 < length && isLetter(end + 1)) {
                end = next(end + 1);
                pairs++;
            }
            if (pairs == 0) {
                return -1;
            }
            if (end < length && text.charAt(end) == '.') {
                end++;
            }
            return end < length && isWordPart(end) ? -1 : end; // "A.B.Cdef" is a word, not "A.B.C" + "def"
        }

        /**
         * {@code (?:^|[-_])\p{L}(?:\.\p{L})+$} on the word {@code [from, to)}: it ends in single letters
         * joined by full stops, the whole word or after a hyphen or underscore ("Iran-U.S").
         */
        private boolean endsInDottedLetters(int from, int to) {
            int at = to;
            int letters = 0;
            while (true) {
                if (at <= from || !Character.isLetter(text.codePointBefore(at))) {
                    return false;
                }
                at -= Character.charCount(text.codePointBefore(at));
                letters++;
                if (at == from || text.charAt(at - 1) == '-' || text.charAt(at - 1) == '_') {
                    return letters >= 2;
                }
                if (text.charAt(at - 1) != '.') {
                    return false;
                }
                at--;
            }
        }

        /** {@code \p{N}+(?:[.,:/-]\p{N}+)*(?:\p{L}[\p{L}\p{M}]*)?} */
        private int number(int at) {
            if (!isNumber(at)) {
                return -1;
            }
            int end = at;
            while (end < length && isNumber(end)) {
                end = next(end);
            }
            while (end + 1 < length && ".,:/-".indexOf(text.charAt(end)) >= 0 && isNumber(end + 1)) {
                end++;
                while (end < length && isNumber(end)) {
                    end = next(end);
                }
            }
            if (end < length && isLetter(end)) { // a letter suffix: 10th, 1990s
                end = next(end);
                while (end < length && (isLetter(end) || isMark(end))) {
                    end = next(end);
                }
            }
            return end;
        }

        private boolean isMark(int at) {
            int type = Character.getType(text.codePointAt(at));
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        /** {@code [\p{L}\p{M}\p{N}]+(?:[-_.][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS]\b)\p{L}+)*} */
        private int word(int at) {
            if (!isWordPart(at)) {
                return -1;
            }
            int end = at;
            while (end < length && isWordPart(end)) {
                end = next(end);
            }
            while (end + 1 < length && isJoiner(text.charAt(end)) && isWordPart(end + 1)) {
                end++;
                while (end < length && isWordPart(end)) {
                    end = next(end);
                }
            }
            while (end + 1 < length && isApostrophe(text.charAt(end)) && isLetter(end + 1) && !isPossessiveS(end + 1)) {
                end++;
                while (end < length && isLetter(end)) {
                    end = next(end);
                }
            }
            return end;
        }

        /** {@code ['’][sS]\b} */
        private int possessive(int at) {
            if (isApostrophe(text.charAt(at)) && at + 1 < length && isPossessiveS(at + 1)) {
                return at + 2;
            }
            return -1;
        }

        /** An {@code s} or {@code S} at {@code at} followed by a word boundary. */
        private boolean isPossessiveS(int at) {
            char c = text.charAt(at);
            if (c != 's' && c != 'S') {
                return false;
            }
            if (at + 1 >= length) {
                return true;
            }
            int following = text.codePointAt(at + 1);
            // java.util.regex \b (Java 17): a word character is a letter, digit, '_' or a mark on a base.
            boolean word = following == '_' || Character.isLetterOrDigit(following)
                    || Character.getType(following) == Character.NON_SPACING_MARK;
            return !word;
        }

        /** What joins two runs of word characters into one word: al-Rubaie, a_b, state.gov. */
        private static boolean isJoiner(char c) {
            return c == '-' || c == '_' || c == '.';
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
        }

        private int next(int at) {
            return at + Character.charCount(text.codePointAt(at));
        }

        private boolean isLetter(int at) {
            return Character.isLetter(text.codePointAt(at));
        }

        private boolean isNumber(int at) {
            int type = Character.getType(text.codePointAt(at));
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }

        private boolean isWordPart(int at) {
            int cp = text.codePointAt(at);
            if (Character.isLetter(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }

        /** What no rule takes: {@code [\s\p{Z}\u0085\u001C-\u001F]}, the spaces of Python's str.isspace(). */
        private static boolean isSkipped(int c) {
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || (c >= 0x1C && c <= 0x1F)) {
                return true;
            }
            int type = Character.getType(c);
            return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        }
    }
}
