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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
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
                    .ifPresent(tags -> metadata.put("tags", WHITESPACE.matcher(tags.replace(",", " ").trim()).replaceAll(" ")));
        }
        fieldAfter(cleanText, "SUBJECT:", CABLE_SUBJECT)
                .ifPresent(subject -> metadata.putIfAbsent("subject", WHITESPACE.matcher(subject).replaceAll(" ").trim()));
        return metadata;
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
        Matcher matcher = value.matcher(text).region(from, Math.min(text.length(), from + FIELD_WINDOW));
        return matcher.lookingAt() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
