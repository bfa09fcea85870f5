package cabletag.formats.inline;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags as the cable reader takes them ({@code [PER Rubaie  ]}), found in a text that is read as something else: a
 * brat {@code .txt}, read as plain text because its {@code .ann} is beside it. Only what the cable grammar surely
 * takes is found: {@code [}, a label that may label an entity, one or more spaces, text, one or more spaces and
 * {@code ]}, on one line and with no bracket inside. That is enough to tell a tagged cable from a text, and it looks
 * at each character after a {@code [} once, where reading the text as a cable as well would lay it all out again.
 */
public final class CableTagsInText {

    private static final int LONGEST_SHOWN = 60;

    /** A tag: its {@code [} to after its {@code ]}, its label, and its text without the blanks around it. */
    public record Tag(int start, int end, String label, int textStart, int textEnd) {

        /** The tag as written, shortened to a line's worth ({@code [PER Ali  ]}). */
        public String shownIn(String text) {
            String written = text.substring(start, end);
            return written.codePointCount(0, written.length()) <= LONGEST_SHOWN ? written
                    : written.substring(0, written.offsetByCodePoints(0, LONGEST_SHOWN - 2)) + "…]";
        }
    }

    private CableTagsInText() {
    }

    /** The tags of {@code text}, by place; an inner one of two on the same words is the one found. */
    public static List<Tag> find(String text) {
        List<Tag> found = new ArrayList<>();
        int length = text.length();
        int at = text.indexOf('[');
        while (at >= 0) {
            int next = at + 1; // where the search for the next '[' goes on: past what this one has been seen to hold
            int k = at + 1;
            if (k < length && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z') {
                while (k < length && InlineParser.isLabelChar(text.charAt(k))) {
                    k++;
                }
                int labelEnd = k;
                int textStart = k;
                while (textStart < length && text.charAt(textStart) == ' ') {
                    textStart++;
                }
                int close = textStart;
                while (close < length && "[]\n\r".indexOf(text.charAt(close)) < 0) {
                    close++;
                }
                int textEnd = close;
                while (textEnd > textStart && text.charAt(textEnd - 1) == ' ') {
                    textEnd--;
                }
                if (textStart > labelEnd && close < length && text.charAt(close) == ']' && text.charAt(close - 1) == ' '
                        && textEnd > textStart && Label.isEntityLabel(text.substring(at + 1, labelEnd))) {
                    found.add(new Tag(at, close + 1, text.substring(at + 1, labelEnd), textStart, textEnd));
                    next = close + 1;
                } else {
                    next = close < length && text.charAt(close) == '[' ? close : Math.max(close, at + 1);
                }
            }
            at = next < length ? text.indexOf('[', next) : -1;
        }
        return found;
    }

}
