package cabletag.formats.reader;

/**
 * Where brat's reader (Python's {@code str.splitlines()}) ends a line: line feed, carriage return, vertical tab,
 * form feed, file/group/record separators, NEL, line and paragraph separators. The brat export cuts an entity
 * into fragments there, and the brat reader joins fragments split there without a word; both ask this.
 */
public final class BratLineBreak {

    private BratLineBreak() {
    }

    public static boolean is(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || (c >= '\u001C' && c <= '\u001E')
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
