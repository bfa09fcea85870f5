package cabletag.ui;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One key of the corrector: what to press (as the sheet shows it), what it does, and whether it also
 * works while a text field (filter, find) has the focus: only modifier chords do, so typing stays typing.
 */
public record Shortcut(String keys, String description, boolean global, Runnable action, KeyCombination... combinations) {

    public boolean matches(KeyEvent event) {
        for (KeyCombination combination : combinations) {
            if (combination.match(event)) {
                return true;
            }
        }
        return false;
    }
}
