package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.export.LabelMapping;
import cabletag.formats.export.SplitRatios;
import cabletag.formats.tokens.TagScheme;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Export (Ctrl+E): format, tag scheme, cables, label filter and renames, train/dev/test split,
 * target; then the shared {@link Exporter} runs on a worker thread with a progress bar and Cancel (a
 * cancelled export writes nothing), and its summary shows at the end. The label and split fields take
 * the command line's syntax and go through the same parsers ({@link LabelMapping#parse},
 * {@link SplitRatios#parse}), so a dialog export and {@code cabletag export} with the same values write
 * the same files. The input files are passed as protected paths, so an export can never overwrite them.
 */
public final class ExportDialog {

    /** Which cables go out. */
    public enum Scope {
        CURRENT("This cable"), SELECTED("Selected cables"), REVIEWED("Reviewed cables"), ALL("All cables");

        private final String text;

        Scope(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The command line's default seed, so that "split on" alone gives the CLI's split. */
    static final String DEFAULT_SEED = "42";
    static final String DEFAULT_RATIOS = "80/10/10";

    private final Stage stage = new Stage();
    private final CorrectorModel model;
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<TagScheme> scheme = new ChoiceBox<>();
    private final ChoiceBox<Scope> scope = new ChoiceBox<>();
    private final TextField keepLabels = new TextField();
    private final TextField dropLabels = new TextField();
    private final TextField renameLabels = new TextField();
    private final CheckBox split = new CheckBox("Train/dev/test");
    private final TextField ratios = new TextField(DEFAULT_RATIOS);
    private final TextField seed = new TextField(DEFAULT_SEED);
    private final TextField target = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label current = new Label();
    private final TextArea summary = new TextArea();
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    /** Shown once an export has ended, so the analyst need not know that Escape closes the dialog. */
    private final Button close = new Button("Close (Escape)");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<ExportSummary> running;

    public ExportDialog(Window owner, CorrectorModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");
        format.setId("export-format");
        scheme.setId("export-scheme");
        scope.setId("export-scope");
        keepLabels.setId("export-keep");
        dropLabels.setId("export-drop");
        renameLabels.setId("export-rename");
        split.setId("export-split");
        ratios.setId("export-split-ratios");
        seed.setId("export-seed");
        target.setId("export-target");
        summary.setId("export-summary");
        export.setId("export-run");
        cancel.setId("export-cancel");
        close.setId("export-close");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.JSONL);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.cliName() + (f.writesFolder() ? " (folder)" : " (" + f.extension() + " file)");
            }

            @Override
            public ExportFormat fromString(String s) {
                return ExportFormat.named(s.split(" ")[0]);
            }
        });
        scheme.getItems().setAll(TagScheme.IOB2, TagScheme.BIOES);
        scheme.setValue(TagScheme.IOB2);
        scheme.setConverter(new StringConverter<>() {
            @Override
            public String toString(TagScheme s) {
                return s == null ? "" : s.name().toUpperCase(Locale.ROOT);
            }

            @Override
            public TagScheme fromString(String s) {
                return TagScheme.named(s);
            }
        });
        // Only token formats have tags; the others carry spans, so a scheme would mean nothing there.
        scheme.disableProperty().bind(Bindings.createBooleanBinding(
                () -> format.getValue() == null || !format.getValue().isTokenBased(), format.valueProperty()));
        scope.getItems().setAll(Scope.values());
        scope.setValue(Scope.ALL);
        keepLabels.setPromptText("all labels (or e.g. PER,LOC)");
        dropLabels.setPromptText("none (or e.g. MISC)");
        renameLabels.setPromptText("none (or e.g. PER=PERSON,ORG=ORGANIZATION)");
        ratios.setPrefColumnCount(8);
        seed.setPrefColumnCount(6);
        ratios.disableProperty().bind(split.selectedProperty().not());
        seed.disableProperty().bind(split.selectedProperty().not());
        target.setPromptText("Where to write");
        HBox.setHgrow(target, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        summary.setEditable(false);
        summary.setPrefRowCount(7);
        summary.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        cancel.setDisable(true);
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        close.setOnAction(e -> stage.close());
        close.managedProperty().bind(close.visibleProperty());
        close.setVisible(false);

        Label seedLabel = new Label("Seed");
        seedLabel.disableProperty().bind(split.selectedProperty().not());
        HBox splitRow = new HBox(8, split, ratios, seedLabel, seed);
        splitRow.setAlignment(Pos.CENTER_LEFT);
        HBox targetRow = new HBox(6, target, browse);
        GridPane form = new GridPane();
        form.setId("export-form");
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, label("Format", format), format);
        form.addRow(row++, label("Tag scheme", scheme), scheme);
        form.addRow(row++, label("Cables", scope), scope);
        form.addRow(row++, label("Keep only labels", keepLabels), keepLabels);
        form.addRow(row++, label("Drop labels", dropLabels), dropLabels);
        form.addRow(row++, label("Rename labels", renameLabels), renameLabels);
        form.addRow(row++, label("Split", split), splitRow);
        form.addRow(row, label("Target", target), targetRow);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // label texts are never cut to "Keep only l…"
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        for (TextField field : List.of(keepLabels, dropLabels, renameLabels)) {
            field.setMaxWidth(Double.MAX_VALUE);
        }
        VBox root = new VBox(10, form, progress, current, summary, new HBox(8, export, cancel, close));
        VBox.setVgrow(summary, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 640, 560);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                if (running != null && running.isRunning()) {
                    cancel();
                } else {
                    stage.close();
                }
            }
        });
        stage.setScene(scene);
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public ChoiceBox<ExportFormat> format() {
        return format;
    }

    public ChoiceBox<TagScheme> scheme() {
        return scheme;
    }

    public ChoiceBox<Scope> scope() {
        return scope;
    }

    public TextField keepLabels() {
        return keepLabels;
    }

    public TextField dropLabels() {
        return dropLabels;
    }

    public TextField renameLabels() {
        return renameLabels;
    }

    public CheckBox split() {
        return split;
    }

    public TextField ratios() {
        return ratios;
    }

    public TextField seed() {
        return seed;
    }

    public TextField target() {
        return target;
    }

    public TextArea summary() {
        return summary;
    }

    public Button exportButton() {
        return export;
    }

    /** Close (Escape): shown once an export has ended. */
    public Button closeButton() {
        return close;
    }

    private void browse() {
        File chosen;
        if (format.getValue().writesFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export into folder");
            chosen = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to file");
            chooser.setInitialFileName("cabletag" + format.getValue().extension());
            chosen = chooser.showSaveDialog(stage);
        }
        if (chosen != null) {
            target.setText(chosen.getPath());
        }
    }

    /** Starts the export on a worker thread; the summary shows when it ends. A bad option only shows why. */
    public void start() {
        Workspace workspace = model.workspace();
        if (workspace == null || target.getText() == null || target.getText().isBlank()) {
            summary.setText("Choose where to write first.");
            return;
        }
        Path path = Path.of(target.getText().trim());
        ExportOptions options;
        try {
            options = ExportOptions.of(format.getValue())
                    .withScheme(scheme.getValue())
                    .withLabels(chosenLabels())
                    .withSplit(chosenSplit())
                    .withScope(scopeFilter(workspace, scope.getValue()))
                    .withProtectedPaths(Set.copyOf(workspace.inputs()));
        } catch (IllegalArgumentException e) {
            summary.setText("Not exported: " + e.getMessage());
            model.say("Not exported: " + e.getMessage());
            return;
        }
        ExportSource source = sourceOf(workspace);
        cancelled.set(false);
        running = new Task<>() {
            @Override
            protected ExportSummary call() throws Exception {
                return new Exporter(options).export(source, ExportTarget.path(path), (done, total, name) -> {
                    updateProgress(done, Math.max(1, total));
                    updateMessage(name);
                }, cancelled::get);
            }
        };
        progress.progressProperty().bind(running.progressProperty());
        current.textProperty().bind(running.messageProperty());
        export.setDisable(true);
        cancel.setDisable(false);
        summary.setText("Exporting…");
        close.setVisible(false);
        running.setOnSucceeded(e -> finish(running.getValue().describe()));
        running.setOnFailed(e -> {
            // A file system exception's own message is often only a path; describe() adds the reason.
            Throwable failure = running.getException();
            finish("Export failed: " + (failure instanceof java.io.IOException io ? cabletag.formats.io.IoReason.describe(io) : failure.getMessage()));
        });
        Thread thread = new Thread(running, "cabletag-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void cancel() {
        cancelled.set(true);
        cancel.setDisable(true);
    }

    private void finish(String text) {
        progress.progressProperty().unbind();
        current.textProperty().unbind();
        current.setText("");
        progress.setProgress(cancelled.get() ? 0 : 1);
        summary.setText(text);
        export.setDisable(false);
        cancel.setDisable(true);
        close.setVisible(true);
        close.requestFocus();
        model.say(text.lines().findFirst().orElse(""));
    }

    /** The label fields, read as {@code --labels}, {@code --drop} and {@code --map} would be. */
    LabelMapping chosenLabels() {
        return LabelMapping.parse(values(keepLabels), values(dropLabels), values(renameLabels));
    }

    private static List<String> values(TextField field) {
        String text = field.getText();
        return text == null || text.isBlank() ? null : List.of(text.trim());
    }

    /** The split, or null when it is off. */
    SplitRatios chosenSplit() {
        if (!split.isSelected()) {
            return null;
        }
        String seedText = seed.getText() == null || seed.getText().isBlank() ? DEFAULT_SEED : seed.getText().trim();
        long seedValue;
        try {
            seedValue = Long.parseLong(seedText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + seedText + "' must be a whole number, e.g. " + DEFAULT_SEED);
        }
        return SplitRatios.parse(ratios.getText() == null ? "" : ratios.getText(), seedValue);
    }

    private Predicate<Document> scopeFilter(Workspace workspace, Scope chosen) {
        return switch (chosen) {
            case ALL -> doc -> true;
            case SELECTED -> {
                Set<String> selected = new HashSet<>();
                for (int index : model.selectedCables()) {
                    if (index >= 0 && index < workspace.size()) {
                        selected.add(workspace.entry(index).name());
                    }
                }
                if (selected.isEmpty()) {
                    throw new IllegalArgumentException("no cable is selected in the corpus list");
                }
                yield doc -> selected.contains(doc.source().name());
            }
            case CURRENT -> {
                String name = model.document() == null ? "" : model.document().source().name();
                yield doc -> doc.source().name().equals(name);
            }
            case REVIEWED -> {
                Set<String> reviewed = new HashSet<>();
                for (int i = 0; i < workspace.size(); i++) {
                    if (workspace.status(i) == ReviewStatus.REVIEWED) {
                        reviewed.add(workspace.entry(i).name());
                    }
                }
                yield doc -> reviewed.contains(doc.source().name());
            }
        };
    }

    /** The corrected documents, fetched one at a time from the workspace, and the problems the command would name. */
    static ExportSource sourceOf(Workspace workspace) {
        return workspace.exportSource();
    }
}
