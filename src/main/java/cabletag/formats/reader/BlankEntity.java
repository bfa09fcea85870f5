package cabletag.formats.reader;

import cabletag.core.Diagnostic;
import cabletag.core.text.WhitespaceTokenizer;

/**
 * An entity of white space only ({@code [PER \u00A0 ]}, a jsonl span over {@code "   "}). Every tokenizer cuts text at
 * white space (Python's {@code str.isspace()}), so it covers no token, and the token formats (conll, hf) cannot carry
 * it. That is a property of the data, said when it is read ({@code check}, the window's Problems pane), and the export
 * that leaves it out says so at the same place.
 */
public final class BlankEntity {

    /** The code of the reading warning. */
    public static final String CODE = "blank-entity";

    /** The code of an export's line about an entity it leaves out. */
    public static final String NOT_CARRIED = "not-carried";

    private BlankEntity() {
    }

    /** Whether {@code text[from, to)} holds white space only (and something). */
    public static boolean isBlank(CharSequence text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!WhitespaceTokenizer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code chars[from, to)} holds white space only (and something). */
    public static boolean isBlank(char[] chars, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!WhitespaceTokenizer.isSpace(chars[i])) {
                return false; // mostly at the entity's first character: a cable's every tag is asked
            }
        }
        return true;
    }

    /** How a line names the entity: {@code entity LOC '   '}. */
    public static String subject(String label, String text) {
        return "entity " + label + " '" + text + "'";
    }

    /** The reading warning, at the place the entity was read. */
    public static Diagnostic warning(int line, int column, String label, String text) {
        return Diagnostic.warning(CODE, line, column, subject(label, text) + " is white space only, which is no token:"
                + " conll and hf exports leave it out (jsonl, doccano, brat and inline carry it)");
    }

    /** Whether {@code reading} is this entity's reading warning. */
    public static boolean isWarningOf(Diagnostic reading, String label, String text) {
        return reading.code().equals(CODE) && reading.message().startsWith(subject(label, text) + " is white space only");
    }

    /** An export's line about the entity it leaves out, at the place of its reading warning (or the file's start). */
    public static Diagnostic notCarried(int line, int column, String label, String text) {
        return new Diagnostic(Diagnostic.Severity.WARNING, NOT_CARRIED, line, column, subject(label, text)
                + " covers no token and is not in this format; entity dropped", true);
    }
}
