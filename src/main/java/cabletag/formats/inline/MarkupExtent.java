package cabletag.formats.inline;

/**
 * Where a piece of HTML markup that starts at a {@code <} ends: a comment at its {@code -->}, a start or end tag at its
 * {@code >}. Read as a browser reads it ({@link MarkupRules#asABrowser()}, ADR 0015), a {@code >} inside a quoted
 * attribute value ({@code <a title="a > b">}) does not end a tag, a tag may run over line breaks
 * ({@code <p\nclass="x">}, Word's pages wrap their attributes), and a {@code <script>} or {@code <style>} element
 * ends after its end tag, its contents with it: they are no text of the page. Read as the reader of generations 1 and
 * 2 did, a tag ends at its first {@code >} and a line break means no markup.
 *
 * <p>No cable text is swallowed for markup that is not closed: a quote never closed is a character of the tag (which
 * then ends at its first {@code >}, as before), and a script or style element with no end tag is its start tag alone.
 * What was looked for in vain is remembered, so a page full of unclosed quotes costs no more than one search each.
 * One per read: it keeps those memories.
 */
final class MarkupExtent {

    /** The elements whose contents are raw text, no markup and no text of the page. */
    private static final String[] RAW_TEXT = {"script", "style"};

    private final String src;
    private final char[] chars;
    private final int length;
    private final boolean asABrowser;
    private final boolean declarationsAreMarkup;
    /** From where on no {@code "} (index 0) or {@code '} (index 1) follows; the length until a search found none. */
    private final int[] noQuoteFrom;
    /** From where on no end tag of each {@link #RAW_TEXT} element follows. */
    private final int[] noEndTagFrom;

    MarkupExtent(String src, char[] chars, int length, MarkupRules rules) {
        this.src = src;
        this.chars = chars;
        this.length = length;
        this.asABrowser = rules.asABrowser();
        this.declarationsAreMarkup = rules.declarationsAreMarkup();
        this.noQuoteFrom = new int[] {length + 1, length + 1};
        this.noEndTagFrom = new int[] {length + 1, length + 1};
    }

    /** The end of the markup starting at {@code at} (a '<'), or -1 when no markup starts there. */
    int endOf(int at) {
        int k = at + 1;
        boolean endTag = k < length && chars[k] == '/';
        if (endTag) {
            k++;
        }
        if (k >= length || !isAsciiLetter(chars[k])) {
            if (src.startsWith("<!--", at)) {
                return commentEnd(at);
            }
            if (!declarationsAreMarkup || k >= length) {
                return -1;
            }
            if (endTag) {
                return declarationEnd(k); // </ p>, </>: a comment of its own kind to a browser, or nothing
            }
            return chars[k] == '!' || chars[k] == '?' ? declarationEnd(k + 1) : -1;
        }
        if (!asABrowser) {
            return firstClose(k);
        }
        int end = tagEnd(k);
        if (end < 0 || endTag || chars[end - 2] == '/') {
            return end; // an end tag, or a start tag closed in itself (<script src="x"/>), holds no contents
        }
        int element = rawTextElement(k);
        return element < 0 ? end : rawTextEnd(element, end);
    }

    /** Generations 1 and 2: the first {@code >}; a {@code <} or a line break before it means no markup. */
    private int firstClose(int from) {
        for (int i = from; i < length; i++) {
            char c = chars[i];
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of the comment starting at {@code at}: its {@code -->}; read as a browser reads it (generation 5), also
     * {@code <!-->} and {@code <!--->}, which end at once, and {@code --!>}; -1 when it is never closed.
     */
    private int commentEnd(int at) {
        if (declarationsAreMarkup) {
            if (src.startsWith(">", at + 4)) {
                return at + 5;
            }
            if (src.startsWith("->", at + 4)) {
                return at + 6;
            }
        }
        int end = src.indexOf("-->", at + 4);
        if (declarationsAreMarkup) {
            int bang = src.indexOf("--!>", at + 4);
            if (bang >= 0 && (end < 0 || bang < end)) {
                return bang + 4;
            }
        }
        return end < 0 ? -1 : end + 3;
    }

    /**
     * The end of a {@code <!DOCTYPE …>}, {@code <![if …]>}, {@code <![CDATA[…]]>} or {@code <?xml …?>}: its first
     * {@code >}, line breaks allowed (a DOCTYPE's identifiers often wrap), where a browser ends each of them (a
     * declaration, or a comment of its own kind); a {@code <} before it means no markup, so that "<!" in prose never
     * swallows the text up to a later {@code >}, nor does a blank line. Also the end of {@code </ p>} (a comment to a
     * browser) and of {@code </>} (nothing).
     */
    private int declarationEnd(int from) {
        for (int i = from; i < length; i++) {
            char c = chars[i];
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || endsABlankLine(i, from)) {
                return -1; // nor a blank line: no declaration holds one, a "<!" of the text would swallow a paragraph
            }
        }
        return -1;
    }

    /**
     * Whether {@code chars[i]} is a line feed that ends a line of blanks since {@code from} (spaces, tabs, a CR between
     * it and the line feed before it): no piece of markup holds a blank line (generation 5).
     */
    private boolean endsABlankLine(int i, int from) {
        if (chars[i] != '\n') {
            return false;
        }
        int k = i - 1;
        while (k >= from && (chars[k] == ' ' || chars[k] == '\t' || chars[k] == '\r')) {
            k--;
        }
        return k >= from && chars[k] == '\n';
    }

    /**
     * The end of a start or end tag whose name starts at {@code from}: the first {@code >} outside a quoted attribute
     * value, line breaks allowed (since generation 5, not a blank line); a {@code <} outside one means no markup, as
     * before. A quote opens a value only
     * right after {@code =} (white space between allowed); elsewhere it is a character of a name or an unquoted value.
     */
    private int tagEnd(int from) {
        boolean afterEquals = false;
        for (int i = from; i < length; i++) {
            char c = chars[i];
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return -1;
            }
            // generation 5: nor a blank line, outside a quoted value (a page wraps a tag's attributes over line breaks,
            // never over a blank line): "a </b⏎⏎c> d" lost its c as markup, without a word (found from outside)
            if (declarationsAreMarkup && endsABlankLine(i, from)) {
                return -1;
            }
            if ((c == '"' || c == '\'') && afterEquals) {
                int close = closingQuote(c, i + 1);
                if (close >= 0) {
                    i = close;
                }
                afterEquals = false;
                continue;
            }
            if (c == '=') {
                afterEquals = true;
            } else if (!isSpace(c)) {
                afterEquals = false;
            }
        }
        return -1;
    }

    private int closingQuote(char quote, int from) {
        int which = quote == '"' ? 0 : 1;
        if (from >= noQuoteFrom[which]) {
            return -1;
        }
        int close = src.indexOf(quote, from);
        if (close < 0) {
            noQuoteFrom[which] = from;
        }
        return close;
    }

    /** Which {@link #RAW_TEXT} element the start tag whose name starts at {@code from} opens, or -1. */
    private int rawTextElement(int from) {
        for (int e = 0; e < RAW_TEXT.length; e++) {
            String name = RAW_TEXT[e];
            int after = from + name.length();
            if (after < length && src.regionMatches(true, from, name, 0, name.length()) && !isNameChar(chars[after])) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The end of the end tag of {@code element} from {@code from} on ({@code </script>}, any case, white space or
     * attributes before its {@code >}); {@code from} itself, the start tag alone, when there is none.
     */
    private int rawTextEnd(int element, int from) {
        String name = RAW_TEXT[element];
        for (int at = from; at < noEndTagFrom[element]; at++) {
            at = src.indexOf("</", at);
            if (at < 0) {
                break;
            }
            int after = at + 2 + name.length();
            if (after < length && src.regionMatches(true, at + 2, name, 0, name.length())
                    && (isSpace(chars[after]) || chars[after] == '/' || chars[after] == '>')) {
                int end = tagEnd(at + 2);
                if (end > 0) {
                    return end;
                }
            }
        }
        noEndTagFrom[element] = Math.min(noEndTagFrom[element], from);
        return from;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.';
    }
}
