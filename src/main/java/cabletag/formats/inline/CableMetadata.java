package cabletag.formats.inline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header fields of a cable page, read from its clean text: the page header ({@code Identifier:},
 * {@code Origin:}, {@code Created:}, {@code Classification:}, {@code Tags:}) where there is one, and
 * otherwise the cable's own {@code TAGS:} and {@code SUBJECT:} lines and its spaced-out
 * classification banner ({@code S E C R E T}).
 */
final class CableMetadata {

    private static final int HEADER_LINES = 60;
    private static final int BANNER_WINDOW = 2_000;
    private static final int FIELD_WINDOW = 2_000;
    private static final String[] HEADER_KEYS = {
        "Identifier", "Origin", "Created", "Released", "Classification", "Tags", "Subject", "Redacted"};
    private static final Pattern CABLE_TAGS = Pattern.compile("[ \\t]*(.+?)[ \\t]*(?=\\bSUBJECT:|$)", Pattern.MULTILINE);
    private static final Pattern CABLE_SUBJECT = Pattern.compile(
            "[ \\t]*(.+?)[ \\t]*(?=\\bREF:|\\bClassified By:|\\n[ \\t]*\\n|$)", Pattern.DOTALL);
    private static final String[] BANNERS = {
        "T O P S E C R E T", "S E C R E T", "C O N F I D E N T I A L", "U N C L A S S I F I E D"};

    private CableMetadata() {
    }

    static Map<String, String> extract(String cleanText) {
        Map<String, String> metadata = new LinkedHashMap<>();
        readHeaderFields(cleanText, metadata);
        if (!metadata.containsKey("classification")) {
            banner(cleanText).ifPresent(banner ->
                    metadata.put("classification", banner.replace(" ", "").replace("TOPSECRET", "TOP SECRET")));
        }
        if (!metadata.containsKey("tags")) {
            fieldAfter(cleanText, "TAGS:", CABLE_TAGS)
                    .ifPresent(tags -> metadata.put("tags", oneSpaceBetweenWords(tags.replace(",", " ").trim())));
        }
        fieldAfter(cleanText, "SUBJECT:", CABLE_SUBJECT)
                .ifPresent(subject -> metadata.putIfAbsent("subject", oneSpaceBetweenWords(subject).trim()));
        return metadata;
    }

    /**
     * Every run of {@code \\s} (space, tab, line feed, vertical tab, form feed, carriage return) as one space,
     * as {@code replaceAll("\\s+", " ")} gives it, by hand: a pattern run on every cable read cost a command
     * its compiling.
     */
    static String oneSpaceBetweenWords(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            if (!CableReader.isRegexSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && CableReader.isRegexSpace(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The first spaced-out classification banner standing as a word of its own in the head of the cable.
     * Searched with indexOf: a regular expression over the window cost more than reading the tags.
     */
    private static java.util.Optional<String> banner(String text) {
        // As the regular expression did over its region: the window's end counts as a word boundary.
        String head = text.substring(0, Math.min(text.length(), BANNER_WINDOW));
        int best = -1;
        String found = null;
        for (String banner : BANNERS) {
            int at = head.indexOf(banner);
            while (at >= 0 && !standsAlone(head, at, at + banner.length())) {
                at = head.indexOf(banner, at + 1);
            }
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = banner;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    private static boolean standsAlone(String text, int from, int to) {
        return (from == 0 || !isWordChar(text.charAt(from - 1))) && (to == text.length() || !isWordChar(text.charAt(to)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** {@code Key: value} lines among the first lines of a cable page. */
    private static void readHeaderFields(String text, Map<String, String> metadata) {
        int lineStart = 0;
        for (int line = 0; line < HEADER_LINES && lineStart < text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            for (String key : HEADER_KEYS) {
                if (text.startsWith(key, lineStart) && text.startsWith(":", lineStart + key.length())) {
                    String value = text.substring(lineStart + key.length() + 1, lineEnd).strip();
                    if (!value.isEmpty()) {
                        metadata.putIfAbsent(key.toLowerCase(), value);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The value after the first {@code marker} in the cable, up to where the pattern's look-ahead stops. */
    private static java.util.Optional<String> fieldAfter(String text, String marker, Pattern value) {
        int at = text.indexOf(marker);
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at = text.indexOf(marker, at + 1);
        }
        if (at < 0) {
            return java.util.Optional.empty();
        }
        int from = at + marker.length();
        int to = Math.min(text.length(), from + FIELD_WINDOW);
        String fast = value == CABLE_TAGS ? tagsByHand(text, from, to) : subjectByHand(text, from, to);
        return fast != null ? java.util.Optional.of(fast) : matched(text, from, to, value);
    }

    /** What the pattern takes at {@code from} in the region {@code [from, to)}: the definition, and the way for any text. */
    static java.util.Optional<String> matched(String text, int from, int to, Pattern value) {
        Matcher matcher = value.matcher(text).region(from, to);
        return matcher.lookingAt() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    // By hand, what CABLE_TAGS and CABLE_SUBJECT match, for the usual case: the region (tags: its first
    // line) is ASCII or punctuation above it (a cable page's pilcrows), has no carriage return and has text
    // after the leading blanks. Anything else gives null and goes to the pattern. The patterns ran for every
    // cable read and were a tenth of reading one (and most of what the compiler had to compile for it);
    // CableMetadataProperties holds the two equal.

    /** CABLE_TAGS: the rest of the line, up to {@code SUBJECT:} as a word or the line's end, blanks trimmed. */
    static String tagsByHand(String text, int from, int to) {
        int lineEnd = from;
        while (lineEnd < to) {
            char c = text.charAt(lineEnd);
            if (c == '\r' || c >= 0x80 && !plainAboveAscii(c)) {
                return null;
            }
            if (c == '\n') {
                break;
            }
            lineEnd++;
        }
        int start = skipBlanks(text, from, lineEnd);
        if (start == lineEnd) {
            return null;
        }
        for (int end = start + 1; ; end++) {
            int next = skipBlanks(text, end, lineEnd);
            if (next == lineEnd || wordAt(text, next, lineEnd, "SUBJECT:")) {
                return text.substring(start, end);
            }
        }
    }

    /**
     * CABLE_SUBJECT: up to {@code REF:} or {@code Classified By:} as a word, a blank line, or the region's
     * end (or a line break that ends it), blanks trimmed; over line breaks.
     */
    static String subjectByHand(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\r' || c >= 0x80 && !plainAboveAscii(c)) {
                return null;
            }
        }
        int start = skipBlanks(text, from, to);
        if (start == to) {
            return null;
        }
        for (int end = start + 1; ; end++) {
            int next = skipBlanks(text, end, to);
            if (next == to) {
                return text.substring(start, end);
            }
            // each way the subject ends starts with its own character: only that one is tried, where trying all
            // three at every character of a subject that runs to the window's end was half of reading the fields
            char c = text.charAt(next);
            if (c == '\n' ? next == to - 1 || blankLineAt(text, next, to)
                    : c == 'R' ? wordAt(text, next, to, "REF:")
                    : c == 'C' && wordAt(text, next, to, "Classified By:")) {
                return text.substring(start, end);
            }
        }
    }

    /**
     * A character above ASCII that the patterns take as they take ASCII punctuation: not part of a word for
     * {@code \\b}, not the end of a line for {@code $} and {@code .}. The pilcrow of cable pages, quotes,
     * dashes, the no-break space. Letters, digits and combining marks make a word, and surrogates and the
     * Unicode line ends are left to the patterns.
     */
    private static boolean plainAboveAscii(char c) {
        return !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
                && c != '\u0085' && c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c);
    }

    private static int skipBlanks(String text, int from, int to) {
        int k = from;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** {@code \bWORD} at {@code at}, within the region (the character before is in it: at > region start). */
    private static boolean wordAt(String text, int at, int to, String word) {
        return at + word.length() <= to && text.startsWith(word, at) && !isAsciiWordChar(text.charAt(at - 1));
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** {@code \n[ \t]*\n} at {@code at}, within the region. */
    private static boolean blankLineAt(String text, int at, int to) {
        if (at >= to || text.charAt(at) != '\n') {
            return false;
        }
        int k = skipBlanks(text, at + 1, to);
        return k < to && text.charAt(k) == '\n';
    }
}
