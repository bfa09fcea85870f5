package cabletag.ui;

import cabletag.core.ShownName;

/**
 * Entity text as a table cell, a list or a tooltip shows it, on one line: a line break as a space (as
 * before), and a character that would show as nothing — U+2028 (line separator), U+2029, a control
 * character — escaped as the status bar and every file name escape it ({@code Nouri\u2028al-Maliki}):
 * shown raw, "Nouri" and "al-Maliki" ran together and the analyst could not see what stood between them.
 * Only what is shown changes; the document's text and its offsets stay as they are.
 */
final class OneLineText {

    private OneLineText() {
    }

    static String of(String text) {
        return ShownName.of(text.replace('\n', ' '));
    }
}
