package cabletag.core;

/**
 * A reading problem at a place in the source: 1-based line and column (column in code points, as an
 * editor shows it). Never an exception: reading always yields a document plus its diagnostics.
 * {@code losesAnnotation} marks a problem about data of the input that did not make it into the document
 * (an entity or tag dropped, a line ignored, a NUL read as U+FFFD): the commands exit 1 for it, as for a bad line,
 * while a warning that loses nothing (an encoding read as Windows-1252, a long id) leaves the exit code alone.
 */
public record Diagnostic(Severity severity, String code, int line, int column, String message, boolean losesAnnotation) {

    public enum Severity { INFO, WARNING, ERROR }

    public Diagnostic {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    public Diagnostic(Severity severity, String code, int line, int column, String message) {
        this(severity, code, line, column, message, false);
    }

    /** A warning that annotation data of the input was lost in reading: an entity dropped, a line ignored. */
    public static Diagnostic dropped(String code, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, code, line, column, message, true);
    }

    public static Diagnostic warning(String code, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, code, line, column, message);
    }

    public static Diagnostic info(String code, int line, int column, String message) {
        return new Diagnostic(Severity.INFO, code, line, column, message);
    }

    public static Diagnostic error(String code, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, code, line, column, message);
    }

    /**
     * {@code file:line:column: severity: message [code]}, the form compilers and editors understand: always one
     * line, the name and the message (which may quote the file's text: a line break, an escape sequence)
     * escaped as {@link ShownName} escapes them. Every command and the window's Problems pane print it so.
     */
    public String format(String fileName) {
        return ShownName.of(fileName + ":" + line + ":" + column + ": " + severity.name().toLowerCase() + ": " + message + " [" + code + "]");
    }
}
