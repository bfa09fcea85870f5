package cabletag.ui;

import java.util.Map;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Labels with their colour, count in the current cable and key. */
public final class LegendView extends FlowPane {

    private final CorrectorModel model;
    private final java.util.List<Label> countLabels = new java.util.ArrayList<>();
    private java.util.List<cabletag.core.Label> shownLabels = java.util.List.of();

    public LegendView(CorrectorModel model) {
        this.model = model;
        setId("legend");
        getStyleClass().add("legend");
        setHgap(14);
        setVgap(4);
        model.paletteVersionProperty().addListener((o, was, now) -> refresh());
        model.labelCountsProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public void refresh() {
        Map<cabletag.core.Label, Integer> counts = model.labelCountsProperty().get();
        java.util.List<cabletag.core.Label> labels = model.palette().labels();
        if (labels.equals(shownLabels)) {
            // Same labels: only the counts move; rebuilding nodes would cost CSS passes on every edit.
            for (int i = 0; i < labels.size(); i++) {
                countLabels.get(i).setText(NumberCell.format(counts.getOrDefault(labels.get(i), 0)));
            }
            return;
        }
        shownLabels = labels;
        countLabels.clear();
        getChildren().clear();
        for (cabletag.core.Label label : model.palette().labels()) {
            Label swatch = new Label(label.name());
            swatch.getStyleClass().addAll("swatch", model.palette().swatchClass(label));
            OptionalInt key = model.palette().keyOf(label);
            Label keyLabel = new Label(key.isPresent() ? "[" + key.getAsInt() + "]" : "");
            keyLabel.getStyleClass().add("key");
            Label count = new Label(NumberCell.format(counts.getOrDefault(label, 0)));
            count.setId("legend-count-" + label.name());
            countLabels.add(count);
            HBox item = new HBox(swatch, count, keyLabel);
            item.getStyleClass().add("legend-item");
            item.setId("legend-" + label.name());
            Tooltip.install(item, new Tooltip(label.name() + (key.isPresent() ? ": press " + key.getAsInt() + " to apply" : "")));
            getChildren().add(item);
        }
    }
}
