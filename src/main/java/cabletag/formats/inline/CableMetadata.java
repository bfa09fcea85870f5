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
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "^(Identifier|Origin|Created|Released|Classification|Tags|Subject|Redacted):[ \\t]*(.*?)[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern CABLE_TAGS = Pattern.compile("\\bTAGS:[ \\t]*(.+?)[ \\t]*(?=\\bSUBJECT:|$)", Pattern.MULTILINE);
    private static final Pattern CABLE_SUBJECT = Pattern.compile(
            "\\bSUBJECT:[ \\t]*(.+?)[ \\t]*(?=\\bREF:|\\bClassified By:|\\n[ \\t]*\\n|$)", Pattern.DOTALL);
    private static final Pattern BANNER = Pattern.compile(
            "\\b(T O P S E C R E T|S E C R E T|C O N F I D E N T I A L|U N C L A S S I F I E D)\\b");

    private CableMetadata() {
    }

    static Map<String, String> extract(String cleanText) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String head = firstLines(cleanText, HEADER_LINES);
        Matcher field = HEADER_FIELD.matcher(head);
        while (field.find()) {
            String key = field.group(1).toLowerCase();
            if (!field.group(2).isEmpty()) {
                metadata.putIfAbsent(key, field.group(2));
            }
        }
        String body = cleanText.length() > 20_000 ? cleanText.substring(0, 20_000) : cleanText;
        if (!metadata.containsKey("classification")) {
            Matcher banner = BANNER.matcher(body);
            if (banner.find()) {
                metadata.put("classification", banner.group(1).replace(" ", "").replace("TOPSECRET", "TOP SECRET"));
            }
        }
        if (!metadata.containsKey("tags")) {
            Matcher tags = CABLE_TAGS.matcher(body);
            if (tags.find()) {
                metadata.put("tags", tags.group(1).replace(",", " ").trim().replaceAll("\\s+", " "));
            }
        }
        Matcher subject = CABLE_SUBJECT.matcher(body);
        if (subject.find()) {
            metadata.putIfAbsent("subject", subject.group(1).replaceAll("\\s+", " ").trim());
        }
        return metadata;
    }

    private static String firstLines(String text, int count) {
        int at = 0;
        for (int i = 0; i < count && at >= 0; i++) {
            at = text.indexOf('\n', at + 1);
        }
        return at < 0 ? text : text.substring(0, at);
    }
}
