package cabletag.core.text;

/** A token of the clean text: {@code [start, end)} in UTF-16 units. */
public record Token(int start, int end) {

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a token: [" + start + ", " + end + ")");
        }
    }

    public String textIn(String text) {
        return text.substring(start, end);
    }
}
