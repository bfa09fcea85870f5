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
        Optional<StoreWriteFailure> failure = model.save(); // writes the places of deleted entities not kept too
        // those places, kept in this session only when their file could not be written: as the save just found
        String placesNotKept = model.workspace().rejections().notWrittenBecause();
        return failure.isEmpty() && placesNotKept == null
                || ask(owner, failure, model.workspace().unsavedCableNames(), placesNotKept, goOn, stay);
    }

    /** The line about deleted places not kept, after a line about corrections or alone. */
    static String placesNotKept(String why) {
        return "The places where you deleted entities are not kept for the next session: " + why
                + "; there the same suggestions may come back.";
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

    private static boolean ask(Window owner, Optional<StoreWriteFailure> failure, java.util.List<String> names, String placesNotKept,
                               String goOn, String stay) {
        ButtonType lose = new ButtonType(goOn, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(stay, ButtonBar.ButtonData.CANCEL_CLOSE);
        String said = failure.map(f -> f.message() + "." + named(names)).orElse("");
        if (placesNotKept != null) {
            said += (said.isEmpty() ? "" : "\n") + placesNotKept(placesNotKept);
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, said + "\n\nIf you stay, they stay in this window:"
                + " put that right (the folder's permissions, free space), then Ctrl+S saves them.", lose, keep);
        alert.initOwner(owner);
        String title = failure.isPresent() ? "Corrections not saved" : "Deletions not kept for the next session";
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("unsaved-corrections");
        // Enter must not lose the work: staying is the default button
        ((Button) alert.getDialogPane().lookupButton(lose)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(lose::equals).isPresent();
    }
}
