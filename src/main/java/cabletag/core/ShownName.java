package cabletag.core;

/**
 * A file name or a problem line as cabletag shows it, on a problem line or anywhere in the window (the corpus
 * list, the title, the status bar, the dialogs, the Problems pane): what would break the line or the terminal
 * escaped. Control characters (C0, DEL and C1) become a line break's {@code \n}, {@code \r}, a tab's {@code \t},
 * the others their code ({@code \u001B}); so do the line and paragraph separators U+2028 and U+2029 (which
 * editors and Python's {@code splitlines()} take for line breaks) and an unpaired surrogate (no character, which
 * no UTF-8 terminal can show). A name holding a line break keeps {@code file:line:column} on one line; a problem
 * that quotes text of the file (an entity over a line break, an escape sequence in a tag) stays one line and
 * cannot recolour or move the terminal's cursor; one holding an escape or a tab is shown as it is named rather
 * than as a box, a gap or a broken row. Escaping an escaped text changes nothing, so a line may pass through it
 * twice.
 */
public final class ShownName {

    private ShownName() {
    }

    /** {@code text} with its control characters, line separators and unpaired surrogates escaped; the same string when it has none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (shown != null) {
                    shown.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (escaped(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.substring(0, i));
                }
                shown.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04X", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** A character that is not shown as itself (a surrogate here is one without its other half). */
    private static boolean escaped(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c);
    }
}
