package cabletag.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One thing the corrector window can do, as every surface shows it: the menu bar and the context menus
 * use {@code name}, the F1 sheet and docs/KEYS.md use {@code keys} and {@code description}, the scene's
 * key filter uses {@code combinations}. Only modifier chords work while a text field (filter, find) has
 * the focus ({@code whileTyping}), so typing stays typing. An action without combinations is a key the
 * controls handle themselves (arrows, F10), listed so the sheet and the docs name it.
 *
 * @param id          stable name, for tests and for placing the action in a context menu
 * @param name        the menu item's text
 * @param keys        the keys as shown to the analyst ("Ctrl+Shift+Z / Ctrl+Y"); empty when none
 * @param description what the action does, for the sheet and the docs
 * @param menu        the menu bar's menu that lists it, or {@link Place#NONE}
 * @param when        when it can run: its menu items are greyed out otherwise, and its keys say why
 */
public record WindowAction(String id, String name, String keys, String description, Place menu, boolean whileTyping,
        Runnable handler, List<KeyCombination> combinations, Availability when) {

    /**
     * When an action can run (an entity action: when the selection is an entity), and the one line that says
     * why not. Asked each time a menu shows and each time a key is pressed, so menus and keys agree.
     */
    public record Availability(BooleanSupplier available, Supplier<String> whyNot) {

        /** Actions that can always run (they say themselves when there is nothing to do). */
        public static final Availability ALWAYS = new Availability(() -> true, () -> "");
    }

    /** Which menu of the menu bar lists the action. */
    public enum Place {
        FILE("File"), EDIT("Edit"), LABEL("Label"), REVIEW("Review"), VIEW("View"), HELP("Help"), NONE("");

        private final String title;

        Place(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public WindowAction {
        combinations = List.copyOf(combinations);
        when = when == null ? Availability.ALWAYS : when;
    }

    /** Whether it can run now. */
    public boolean available() {
        return when.available().getAsBoolean();
    }

    /** The same action, runnable only {@code when}. */
    WindowAction onlyWhen(Availability when) {
        return new WindowAction(id, name, keys, description, menu, whileTyping, handler, combinations, when);
    }

    public boolean matches(KeyEvent event) {
        for (KeyCombination combination : combinations) {
            if (combination.match(event)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the program acts on it (false for keys the controls handle, listed for the sheet only). */
    public boolean runnable() {
        return handler != null;
    }

    /** The menu item's text: the name and, when there is one, the key in brackets. */
    public String menuText() {
        return menuText(name, keys);
    }

    static String menuText(String name, String keys) {
        return keys.isEmpty() ? name : name + "    (" + keys + ")";
    }
}
