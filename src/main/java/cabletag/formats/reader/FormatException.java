package cabletag.formats.reader;

/**
 * A file that cannot be read as its format, with the 1-based line and column where it went wrong, and the
 * problem's code where it has one ({@code [damaged-utf8]}).
 */
public class FormatException extends Exception {

    private final int line;
    private final int column;
    private final String code;

    public FormatException(int line, int column, String message) {
        this(line, column, message, null);
    }

    public FormatException(int line, int column, String message, String code) {
        super(message);
        this.line = line;
        this.column = column;
        this.code = code;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem's code, or null for a problem that has none. */
    public String code() {
        return code;
    }

    public String format(String fileName) {
        // one line, whatever the message quotes of the file (a bad line's text may hold an escape or a U+2028)
        return cabletag.core.ShownName.of(fileName + ":" + line + ":" + column + ": error: " + getMessage()
                + (code == null ? "" : " [" + code + "]"));
    }
}
