package cabletag.core;

/**
 * A file name as cabletag shows it, on a problem line or anywhere in the window (the corpus list, the title, the
 * status bar, the dialogs): control characters escaped (a line break as {@code \n}, a tab as {@code \t}, others
 * by their code, {@code \u001B}). A name holding a line break keeps {@code file:line:column} on one line, and one
 * holding an escape or a tab is shown as it is named rather than as a box, a gap or a broken row.
 */
public final class ShownName {

    private ShownName() {
    }

    /** {@code text} with its control characters escaped; the same string when it has none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
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
}
