package cabletag.formats.inline;

/**
 * Which HTML start and end tags separate words on the page: a browser shows the content of a block element
 * ({@code <p>}, {@code <div>}, {@code <li>}, …) and what follows a {@code <br>} on lines of their own, and the
 * cells of a table row apart. The clean text follows it (ADR 0014): without a separator,
 * {@code <p>officials</p><p>Tehran} read as {@code officialsTehran}, one token in every export.
 *
 * <p>Asked once per piece of markup, never per character of text: the parser's run of plain text stops at
 * {@code <} anyway (docs/PERFORMANCE.md).
 */
final class BlockMarkup {

    /** Markup that separates nothing: inline elements ({@code <a>}, {@code <b>}, {@code <span>}), comments. */
    static final int NONE = 0;
    /** A table cell's start or end ({@code <td>}, {@code <th>}): the cells of a row are apart, on one line. */
    static final int CELL = 1;
    /** A block's start or end, or a {@code <br>}: what follows is on a line of its own. */
    static final int LINE = 2;

    private static final String[] LINE_ELEMENTS = {
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "hr", "section", "article",
        "header", "footer", "nav", "aside", "address", "form", "fieldset", "title", "body", "html", "head",
    };
    private static final String[] CELL_ELEMENTS = {"td", "th"};
    private static final int LONGEST = 10; // blockquote

    /** The names of each length, so a name is compared only with those as long as it (no string is made). */
    private static final String[][] LINE_BY_LENGTH = byLength(LINE_ELEMENTS);
    private static final String[][] CELL_BY_LENGTH = byLength(CELL_ELEMENTS);

    private BlockMarkup() {
    }

    /**
     * What the markup {@code chars[at, end)} (a start or end tag, or a comment, as the parser found it) does to
     * the words around it: {@link #NONE}, {@link #CELL} or {@link #LINE}. The element's name is matched in any
     * case and ends at the first character that cannot be part of a name, so {@code <BR/>}, {@code <br >} and
     * {@code <p class="x">} are found, and {@code <o:p>} (Word's inline paragraph mark) or {@code <p-x>} are not.
     */
    static int separationOf(char[] chars, int at, int end) {
        int nameStart = at + 1;
        if (nameStart < end && chars[nameStart] == '/') {
            nameStart++;
        }
        int nameEnd = nameStart;
        while (nameEnd < end && isNameChar(chars[nameEnd])) {
            nameEnd++;
        }
        int length = nameEnd - nameStart;
        if (length == 0 || length > LONGEST) {
            return NONE;
        }
        if (matches(LINE_BY_LENGTH[length], chars, nameStart)) {
            return LINE;
        }
        return matches(CELL_BY_LENGTH[length], chars, nameStart) ? CELL : NONE;
    }

    /** The character the clean text gets for a separation. */
    static char separator(int separation) {
        return separation == CELL ? '\t' : '\n';
    }

    private static boolean matches(String[] names, char[] chars, int from) {
        for (String name : names) {
            if (sameIgnoringAsciiCase(name, chars, from)) {
                return true;
            }
        }
        return false;
    }

    /** {@code name} is lower case ASCII. */
    private static boolean sameIgnoringAsciiCase(String name, char[] chars, int from) {
        for (int k = 0; k < name.length(); k++) {
            char c = chars[from + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == ':' || c == '_' || c == '.';
    }

    private static String[][] byLength(String[] names) {
        String[][] grouped = new String[LONGEST + 1][];
        for (int length = 0; length <= LONGEST; length++) {
            int count = 0;
            for (String name : names) {
                count += name.length() == length ? 1 : 0;
            }
            grouped[length] = new String[count];
            int k = 0;
            for (String name : names) {
                if (name.length() == length) {
                    grouped[length][k++] = name;
                }
            }
        }
        return grouped;
    }
}
