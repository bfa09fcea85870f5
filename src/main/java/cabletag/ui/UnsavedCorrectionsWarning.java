package cabletag.ui;

import cabletag.workspace.StoreWriteFailure;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Before the window lets go of its cables (Ctrl+Q, the close button, another corpus opened): saves, and when
 * the store cannot be written asks whether to go on and lose the corrections not saved, or stay. Letting go
 * closed the workspace, whose last save failed without a word, and the analyst's work was gone.
 */
final class UnsavedCorrectionsWarning {

    private UnsavedCorrectionsWarning() {
    }

    /**
     * Whether the window may let go of its cables: yes when all is saved (it saves first), else the analyst's
     * answer. {@code goOn} and {@code stay} name the two buttons ("Quit and lose them", "Don't quit"); staying is
     * the default, and Escape stays.
     */
    static boolean mayLetGo(Window owner, CorrectorModel model, String goOn, String stay) {
        if (model.workspace() == null) {
            return true;
        }
        Optional<StoreWriteFailure> failure = model.save();
        return failure.isEmpty() || ask(owner, failure.get(), model.workspace().unsavedCableNames(), goOn, stay);
    }

    /** How many cables the warning names before it only counts the rest. */
    static final int NAMED = 5;

    /** "Not saved: a.txt, b.txt, c.txt, d.txt, e.txt and 3 more." (empty when none is known). */
    static String named(java.util.List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        return "\nNot saved: " + shown + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "") + ".";
    }

    private static boolean ask(Window owner, StoreWriteFailure failure, java.util.List<String> names, String goOn, String stay) {
        ButtonType lose = new ButtonType(goOn, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(stay, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, failure.message() + "." + named(names) + "\n\nIf you stay, they stay in this window:"
                + " put that right (the folder's permissions, free space), then Ctrl+S saves them.", lose, keep);
        alert.initOwner(owner);
        alert.setTitle("Corrections not saved");
        alert.setHeaderText("Corrections not saved");
        alert.getDialogPane().setId("unsaved-corrections");
        // Enter must not lose the work: staying is the default button
        ((Button) alert.getDialogPane().lookupButton(lose)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(lose::equals).isPresent();
    }
}
