package cabletag.formats.inline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the machine tags written inside one piece of HTML markup: in a start tag, an attribute value or a
 * comment ({@code <a title="[PER Rubaie  ]">}, {@code <td [LOC Tehran  ]>}). The tagger tagged the page's
 * source, markup included; the reader takes markup out of the clean text whole, so such a tag can be no
 * entity, and its text is in no cable text. The reader names each one, so none is lost in silence.
 * The grammar is the reader's: {@code [} LABEL, a space, the text, a space, {@code ]}.
 */
final class TagsInMarkup {

    /** The code of the warning for such a tag. */
    static final String CODE = "tag-in-markup";

    private static final int LONGEST_TEXT_SHOWN = 60;

    /** One tag inside markup: where its {@code [} is, its label and its text (one line, shortened). */
    record Tag(int start, String label, String text) { }

    private TagsInMarkup() {
    }

    /** The tags in {@code src[from, to)}, a piece of markup, by place. Most markup has no bracket: it costs one look at each character. */
    static List<Tag> find(String src, char[] chars, int from, int to) {
        int bracket = from;
        while (bracket < to && chars[bracket] != '[') { // within the markup only: indexOf would search on to the end of the text
            bracket++;
        }
        if (bracket == to) {
            return List.of();
        }
        List<Tag> found = new ArrayList<>();
        int[] opens = new int[8]; // {start, label end} pairs of the tags opened and not yet closed
        int open = 0;
        for (int k = bracket; k < to; k++) {
            char c = chars[k];
            if (c == '[' && k + 1 < to && chars[k + 1] >= 'A' && chars[k + 1] <= 'Z') {
                int labelEnd = k + 1;
                while (labelEnd < to && InlineParser.isLabelChar(chars[labelEnd])) {
                    labelEnd++;
                }
                if (labelEnd < to && chars[labelEnd] == ' ') {
                    if (open == opens.length) {
                        opens = Arrays.copyOf(opens, open * 2);
                    }
                    opens[open++] = k;
                    opens[open++] = labelEnd;
                    k = labelEnd;
                }
            } else if (c == ']' && open > 0 && chars[k - 1] == ' ') {
                int labelEnd = opens[--open];
                int start = opens[--open];
                String text = src.substring(labelEnd, k).strip();
                if (!text.isEmpty()) {
                    found.add(new Tag(start, src.substring(start + 1, labelEnd), shortened(text)));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * What the markup {@code src[from, to)} is, in words: "the HTML markup <a …>", "an HTML comment", or "a <script>
     * element" (its contents are no text of the page either, ADR 0015).
     */
    static String describe(String src, int from, int to) {
        if (src.startsWith("<!--", from)) {
            return "an HTML comment";
        }
        int nameEnd = from + 1;
        while (nameEnd < to && (src.charAt(nameEnd) == '/' || src.charAt(nameEnd) == '!' || src.charAt(nameEnd) == '?'
                || src.charAt(nameEnd) == '[')) {
            nameEnd++; // </p>, <!DOCTYPE, <![CDATA[, <?xml
        }
        while (nameEnd < to && Character.isLetterOrDigit(src.charAt(nameEnd)) && src.charAt(nameEnd) < 128) {
            nameEnd++;
        }
        String name = src.substring(from + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
        if (name.equals("script") || name.equals("style")) {
            return "a <" + name + "> element";
        }
        return "the HTML markup " + src.substring(from, nameEnd) + (nameEnd + 1 < to ? " …>" : ">");
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= LONGEST_TEXT_SHOWN ? oneLine : oneLine.substring(0, LONGEST_TEXT_SHOWN - 1) + "…";
    }
}
