package cabletag.ui;

import cabletag.core.CableHeader;
import cabletag.core.Document;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The header fields of the shown cable (identifier, origin, created, classification, tags; the subject on
 * a line of its own) in a small strip above its text; "No header fields" when the cable has none, nothing
 * while no cable is shown. Read from the shown document, which is parsed anyway: no extra reading.
 */
public final class HeaderStrip extends VBox {

    private final FlowPane fields = new FlowPane(14, 2);
    private final Label subject = new Label();
    private final Label none = new Label("No header fields");
    private final Map<String, Label> values = new LinkedHashMap<>();
    private CableHeader shown = CableHeader.NONE;

    public HeaderStrip(CorrectorModel model) {
        setId("header-strip");
        getStyleClass().add("header-strip");
        subject.setId("header-subject");
        subject.getStyleClass().add("header-subject");
        subject.setTooltip(new Tooltip());
        none.setId("header-none");
        none.getStyleClass().add("header-none");
        for (String field : new String[] {"Identifier", "Origin", "Created", "Classification", "Tags"}) {
            Label value = new Label();
            value.setId("header-" + field.toLowerCase(java.util.Locale.ROOT));
            value.getStyleClass().add("header-value");
            values.put(field, value);
        }
        managedProperty().bind(visibleProperty());
        model.documentProperty().addListener((o, was, now) -> show(now));
        build(headerOf(model.document()), model.document() != null);
    }

    /** The header shown now ({@link CableHeader#NONE} when none). */
    public CableHeader header() {
        return shown;
    }

    private void show(Document document) {
        CableHeader header = headerOf(document);
        if (header.equals(shown) && isVisible() == (document != null)) {
            // An edit makes a new document with the same header: building the strip anew made new labels, their
            // skins and CSS in the edit's pulse, and repainted the strip, for every relabel.
            return;
        }
        build(header, document != null);
    }

    private static CableHeader headerOf(Document document) {
        return document == null ? CableHeader.NONE : CableHeader.of(document);
    }

    private void build(CableHeader header, boolean visible) {
        setVisible(visible);
        shown = header;
        fields.getChildren().clear();
        put("Identifier", shown.identifier());
        put("Origin", shown.origin());
        put("Created", shown.created());
        put("Classification", shown.classification());
        put("Tags", shown.tags());
        subject.setText(shown.subject());
        subject.getTooltip().setText(shown.subject());
        if (shown.isEmpty()) {
            getChildren().setAll(none);
        } else if (shown.subject().isEmpty()) {
            getChildren().setAll(fields);
        } else {
            getChildren().setAll(fields, subject);
        }
    }

    private void put(String field, String value) {
        Label label = values.get(field);
        label.setText(value);
        if (!value.isEmpty()) {
            Label key = new Label(field);
            key.getStyleClass().add("header-key");
            fields.getChildren().add(new javafx.scene.layout.HBox(4, key, label));
        }
    }
}
