package cabletag.core.consistency;

import java.util.Locale;

/**
 * The keys that decide when two entity texts are "the same" or "probably the same": the normalized key
 * (case folded, runs of spaces made one space) groups {@code GOI} with {@code GoI}; the spelling skeleton
 * (consonants only, doubled letters once, common transliteration pairs made one, a leading article
 * {@code al-}/{@code el-} dropped, any leading vowel the same) brings {@code Mowafaq} and {@code Mouwaffak},
 * {@code Erbil} and {@code Irbil} into one block, where an edit distance decides. Small on purpose: the
 * blocking keeps the comparison from being quadratic over a corpus's texts.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** Lower case (root locale), whitespace runs as one space, trimmed. */
    public static String normalized(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
        }
        return out.toString();
    }

    /**
     * The spelling skeleton of a normalized text: per word, a leading vowel as {@code a}, then consonants
     * only, {@code q/c/ck/kh/g} as {@code k}, {@code ph} as {@code f}, {@code z} as {@code s}, {@code dh/th}
     * as {@code d/t}, {@code w y h} dropped, doubled letters once. Words of digits stay as they are.
     */
    public static String skeleton(String normalized) {
        String text = normalized;
        if (text.startsWith("al-") || text.startsWith("el-") || text.startsWith("al ") || text.startsWith("el ")) {
            text = text.substring(3);
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[ \\-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            String w = word.replace("ph", "f").replace("kh", "k").replace("dh", "d").replace("th", "t").replace("ck", "k");
            char last = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                char mapped;
                if ("aeiou".indexOf(c) >= 0) {
                    mapped = i == 0 ? 'a' : 0;
                } else if (c == 'q' || c == 'c' || c == 'g') {
                    mapped = 'k';
                } else if (c == 'z') {
                    mapped = 's';
                } else if (c == 'w' || c == 'y' || c == 'h') {
                    mapped = 0;
                } else if (Character.isLetterOrDigit(c)) {
                    mapped = c;
                } else {
                    mapped = 0;
                }
                if (mapped != 0 && mapped != last) {
                    out.append(mapped);
                }
                if (mapped != 0) {
                    last = mapped;
                }
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), in UTF-16 units. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    /**
     * Whether two different normalized texts are probably one name spelled two ways: the same skeleton,
     * at least four letters, an edit distance of at most a third of the longer one (at least 1), and not one
     * the other with a letter or two added at the end (a derived word or a plural: {@code Iraq}, {@code Iraqi}).
     */
    public static boolean probablySame(String normalizedA, String normalizedB) {
        if (normalizedA.equals(normalizedB) || normalizedA.length() < 4 || normalizedB.length() < 4) {
            return false;
        }
        String skeleton = skeleton(normalizedA);
        if (skeleton.length() < 2 || !skeleton.equals(skeleton(normalizedB))) {
            return false;
        }
        String shorter = normalizedA.length() <= normalizedB.length() ? normalizedA : normalizedB;
        String other = shorter == normalizedA ? normalizedB : normalizedA;
        if (other.startsWith(shorter) && other.length() - shorter.length() <= 2) {
            return false; // a derived word or plural (Iraq, Iraqi, Iraqis), not another spelling
        }
        int longer = Math.max(normalizedA.length(), normalizedB.length());
        return distance(normalizedA, normalizedB) <= Math.max(1, longer / 3);
    }
}
