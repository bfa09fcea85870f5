package cabletag.ui;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The suggestions' actions in the window's one action list (so the menus, the F1 sheet and docs/KEYS.md
 * show them). Enter accepts only while a suggestion is selected, so Enter keeps its other uses (the
 * problems list) otherwise; Backspace rejects through the delete action, which rejects a selected
 * suggestion before it deletes a selected entity (the two are never selected at once).
 */
final class SuggestionActions {

    private SuggestionActions() {
    }

    static void define(WindowActions actions, SuggestionsModel suggestions, IntSupplier caret) {
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        WindowAction.Place review = WindowAction.Place.REVIEW;
        BooleanSupplier selected = () -> suggestions.selected() != null;
        actions.add("next-suggestion", "Next suggestion", "J", "Select the next suggestion: a dashed frame, not yet an entity"
                + " (from the gazetteer of confirmed texts or the name finder; the status bar names the source and score)", review, false,
                () -> suggestions.selectNext(caret.getAsInt()), new KeyCodeCombination(KeyCode.J));
        actions.add("previous-suggestion", "Previous suggestion", "Shift+J", "Select the previous suggestion", review, false,
                () -> suggestions.selectPrevious(caret.getAsInt()), new KeyCodeCombination(KeyCode.J, shift));
        actions.add("accept-suggestion", "Accept suggestion", "Enter", "Accept the selected suggestion: it becomes an entity"
                + " (undoable) and the next suggestion is selected", review, false, suggestions::acceptSelected,
                new WhenSelected(selected, KeyCode.ENTER));
        actions.add("reject-suggestion", "Reject suggestion", "Backspace / Delete on a suggestion", "Reject the selected suggestion"
                + " (undoable); it stays rejected, also after reopening", review, false, suggestions::rejectSelected,
                // the delete action, earlier in the list, takes these keys first and rejects a selected suggestion itself
                new WhenSelected(selected, KeyCode.BACK_SPACE), new WhenSelected(selected, KeyCode.DELETE));
        actions.add("accept-all-suggestions", "Accept all suggestions in this cable", "Shift+Enter",
                "Accept every suggestion of the cable as one undoable step", review, false, suggestions::acceptAllInCable,
                new KeyCodeCombination(KeyCode.ENTER, shift));
        actions.add("reject-all-suggestions", "Reject all suggestions in this cable", "Shift+Backspace",
                "Reject every suggestion of the cable as one undoable step", review, false, suggestions::rejectAllInCable,
                new KeyCodeCombination(KeyCode.BACK_SPACE, shift));
        actions.add("accept-suggestion-everywhere", "Accept this text everywhere", "Alt+Enter",
                "Accept every suggestion with the selected one's text and label in the corpus (one undoable step)", review, false,
                suggestions::acceptTextEverywhere, new KeyCodeCombination(KeyCode.ENTER, alt));
        actions.add("reject-suggestion-everywhere", "Reject this text everywhere", "Alt+Backspace",
                "Reject the selected suggestion's text, in any case, with its label in every cable, now and later (one undoable step)", review, false,
                suggestions::rejectTextEverywhere, new KeyCodeCombination(KeyCode.BACK_SPACE, alt));
        actions.add("retrain-suggestions", "Retrain name finder", "", "Gather the corpus's evidence again and train the name finder"
                + " on the reviewed cables (and the machine's tags while fewer than 20 are reviewed), in the background; the model"
                + " is saved in the store", review, true, () -> suggestions.gather(true));
    }

    /** A key that counts only while a suggestion is selected. */
    private static final class WhenSelected extends KeyCombination {
        private final BooleanSupplier selected;
        private final KeyCodeCombination key;

        WhenSelected(BooleanSupplier selected, KeyCode code) {
            this.selected = selected;
            this.key = new KeyCodeCombination(code);
        }

        @Override
        public boolean match(KeyEvent event) {
            return selected.getAsBoolean() && key.match(event);
        }

        @Override
        public String getName() {
            return key.getName();
        }
    }
}
