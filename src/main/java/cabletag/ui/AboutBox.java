package cabletag.ui;

import cabletag.workspace.StoreLocation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ About: the name, the version, the runtime and where the corrections are kept. */
final class AboutBox {

    private AboutBox() {
    }

    static String text(StoreLocation store) {
        return "Review and correct named-entity annotations on diplomatic cables; export training data.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + "\nCorrections are kept in " + store.root();
    }

    static Alert show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text(StoreLocation.defaultLocation()), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("About " + AppIdentity.NAME);
        alert.setHeaderText(AppIdentity.NAME + " " + AppIdentity.version());
        alert.getDialogPane().setId("about-box");
        var icons = AppIdentity.icons();
        if (!icons.isEmpty()) {
            alert.setGraphic(new ImageView(icons.get(Math.min(3, icons.size() - 1)))); // 64 px
            ((Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(icons);
        }
        alert.show();
        return alert;
    }
}
