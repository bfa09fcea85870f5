package cabletag.formats.reader;

/** A file that cannot be read as its format, with the 1-based line and column where it went wrong. */
public class FormatException extends Exception {

    private final int line;
    private final int column;

    public FormatException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String format(String fileName) {
        // one line, whatever the message quotes of the file (a bad line's text may hold an escape or a U+2028)
        return cabletag.core.ShownName.of(fileName + ":" + line + ":" + column + ": error: " + getMessage());
    }
}
