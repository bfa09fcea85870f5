package cabletag.ui;

import cabletag.core.Document;
import java.util.Map;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Labels with their colour, count in the current cable and key. */
public final class LegendView extends FlowPane {

    private final CorrectorModel model;

    public LegendView(CorrectorModel model) {
        this.model = model;
        setId("legend");
        getStyleClass().add("legend");
        setHgap(14);
        setVgap(4);
        model.paletteVersionProperty().addListener((o, was, now) -> refresh());
        model.documentProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public void refresh() {
        Document doc = model.document();
        Map<cabletag.core.Label, Integer> counts = doc == null ? Map.of() : doc.spans().countByLabel();
        getChildren().clear();
        for (cabletag.core.Label label : model.palette().labels()) {
            Label swatch = new Label(label.name());
            swatch.getStyleClass().addAll("swatch", model.palette().swatchClass(label));
            OptionalInt key = model.palette().keyOf(label);
            Label keyLabel = new Label(key.isPresent() ? "[" + key.getAsInt() + "]" : "");
            keyLabel.getStyleClass().add("key");
            Label count = new Label(String.valueOf(counts.getOrDefault(label, 0)));
            HBox item = new HBox(swatch, count, keyLabel);
            item.getStyleClass().add("legend-item");
            item.setId("legend-" + label.name());
            Tooltip.install(item, new Tooltip(label.name() + ": " + counts.getOrDefault(label, 0)
                    + " in this cable" + (key.isPresent() ? "; press " + key.getAsInt() + " to apply" : "")));
            getChildren().add(item);
        }
    }
}
