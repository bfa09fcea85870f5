package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.export.LabelMapping;
import cabletag.formats.export.ReplacedOutputs;
import cabletag.formats.export.SplitRatios;
import cabletag.formats.tokens.TagScheme;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.Workspace;
import java.io.File;
import java.nio.file.InvalidPathException;
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
 *
 * <p>Nothing is replaced unseen: the line under the target says what the export would replace there
 * ({@link ReplaceNotice}), the button then reads "Export and replace", and an output that appeared after
 * the line was shown stops the export until it has been shown. A file no export wrote is kept as a
 * numbered copy first, as {@code cabletag export} keeps it, and the summary says so. The target's ending
 * follows the format ({@link ExportTargetName}). The main window's status bar hears how an export ended;
 * what the dialog refuses before anything runs it says only to itself.
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

    /** Whether the summary says why the last press exported nothing (cleared when the inputs it speaks of change). */
    private boolean summarySaysWhyNot;
    /** What the last export that wrote left at its target (null before one): said as such, not as a warning. */
    private JustExported justExported;
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
    /** The cable being exported now (the progress line). */
    private final Label current = new Label();
    private final TextArea summary = new TextArea();
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    /** Shown once an export has ended, so the analyst need not know that Escape closes the dialog. */
    private final Button close = new Button("Close (Escape)");
    private final ReplaceNotice notice = new ReplaceNotice();
    /** The line that says the target's name ends as another format's files do. */
    private final Label endingNotice = new Label();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<ExportSummary> running;
    /** What this dialog last put in the main status bar, and whether that export wrote its files. */
    private String said;
    private boolean lastWrote;
    /** What this dialog's last export that wrote its files wrote ("exported 2 cables, … to PATH"); null while none has. */
    private String lastWritten;
    /** What the status bar said when that export ended ("Exported 2 cables, … to PATH"); null while none has. */
    private String lastWrittenSaid;
    /** The "Export failed: …" line this dialog put in the status bar while its summary still shows it; else null. */
    private String failureSaid;

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
        current.setId("export-current");
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
        format.valueProperty().addListener((o, was, now) -> {
            target.setText(ExportTargetName.follow(target.getText(), was, now));
            inputsChanged();
        });
        target.textProperty().addListener((o, was, now) -> inputsChanged());
        split.selectedProperty().addListener((o, was, now) -> inputsChanged());
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
        form.addRow(row++, label("Target", target), targetRow);
        form.add(notice.node(), 1, row++);
        endingNotice.setId("export-ending");
        endingNotice.getStyleClass().add("field-problem");
        endingNotice.setWrapText(true);
        endingNotice.managedProperty().bind(endingNotice.visibleProperty());
        endingNotice.setVisible(false);
        form.add(endingNotice, 1, row);
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
        stage.setOnHidden(e -> unsayStale());
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
        if (!stage.isShowing()) {
            // centred on the window, inside its screen, as the other secondary windows: a plain stage is centred
            // on the screen, and over a 1024×700 window in a corner of a larger screen it hung off the window
            OwnersScreen.fit(stage, stage.getOwner());
        }
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

    /** The progress line: the cable being exported now. */
    Label currentLine() {
        return current;
    }

    public Button exportButton() {
        return export;
    }

    /** The line under the target that says its name ends as another format's files do. */
    Label endingNotice() {
        return endingNotice;
    }

    /** The line under the target that says what the export would replace there. */
    public Label replaces() {
        return notice.node();
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
            chooser.setInitialFileName(ExportTargetName.proposed(format.getValue()));
            chosen = chooser.showSaveDialog(stage);
        }
        if (chosen != null) {
            target.setText(chosen.getPath());
        }
    }

    /** The outputs at the target now that the export would replace (or refuse); empty without a target. */
    private List<ReplacedOutputs.Existing> replacedNow() {
        Path path = targetPath();
        Workspace workspace = model.workspace();
        if (path == null || format.getValue() == null) {
            return List.of();
        }
        return ReplacedOutputs.at(path, format.getValue(), split.isSelected(), workspace == null ? List.of() : workspace.inputs());
    }

    private Path targetPath() {
        String text = target.getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.trim());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The line under the target and the button's words, for what is at the target now. */
    private void showReplaced() {
        showReplaced(replacedNow());
    }

    /**
     * The format, the target or the split changed: what is there is shown anew, and a line that said why the
     * last press exported nothing goes, for it spoke of the inputs as they were ("what is at the target has
     * changed…" stayed under a new target and format). A finished export's summary stays: it says what was done.
     */
    private void inputsChanged() {
        showReplaced();
        java.util.Optional<String> ending = ExportTargetName.endingSaysAnother(target.getText(), format.getValue());
        endingNotice.setText(ending.orElse(""));
        endingNotice.setVisible(ending.isPresent());
        if (summarySaysWhyNot) {
            summary.setText("");
            summarySaysWhyNot = false;
            failureGone();
        }
    }

    /** The summary says why a press exported nothing, of the inputs as they were then. */
    private void whyNot(String line) {
        summary.setText(line);
        summarySaysWhyNot = true;
        failureGone();
    }

    /**
     * The summary no longer shows the failure this dialog said in the status bar (the target or format it spoke
     * of changed, another press replaced it): the bar, still saying it, went on reporting a failure the dialog
     * had cleared. It says instead what the last export that wrote did, or nothing. Anything said since stays.
     */
    private void failureGone() {
        if (failureSaid != null && failureSaid.equals(model.messageProperty().get())) {
            model.say(lastWrittenSaid == null ? "" : lastWrittenSaid);
            said = null; // nothing of this dialog's left to take back when it closes
        }
        failureSaid = null;
    }

    private void showReplaced(List<ReplacedOutputs.Existing> found) {
        java.util.Set<Path> justExported = justExportedWithTheseOptions();
        notice.show(found, justExported);
        export.setText(ReplaceNotice.onlyJustExported(found, justExported) ? "Export again"
                : ReplaceNotice.replaces(found) ? "Export and replace" : "Export");
    }

    /**
     * What the last export that wrote put at the target, while the format and split are still those it had:
     * another format into the same file replaces it with other data, which the warning says as for any file.
     */
    private java.util.Set<Path> justExportedWithTheseOptions() {
        return justExported != null && justExported.format() == format.getValue() && justExported.split() == split.isSelected()
                ? justExported.outputs() : java.util.Set.of();
    }

    /** The outputs an export wrote, and the format and split it wrote them with. */
    private record JustExported(ExportFormat format, boolean split, java.util.Set<Path> outputs) { }

    /**
     * Starts the export on a worker thread; the summary shows when it ends. A bad option, or an output at
     * the target that the line under it has not shown yet, only shows why.
     */
    public void start() {
        progress.setProgress(0); // a new try: the bar of the last one goes, whatever this one comes to
        Workspace workspace = model.workspace();
        Path path = targetPath();
        if (workspace == null || path == null) {
            whyNot(target.getText() == null || target.getText().isBlank() ? "Choose where to write first."
                    : "Not exported: '" + target.getText().trim() + "' is not a path");
            return;
        }
        ExportOptions options;
        try {
            options = ExportOptions.of(format.getValue())
                    .withScheme(scheme.getValue())
                    .withLabels(chosenLabels())
                    .withSplit(chosenSplit())
                    .withScope(scopeFilter(workspace, scope.getValue()))
                    .withProtectedPaths(Set.copyOf(workspace.inputs()));
        } catch (IllegalArgumentException e) {
            whyNot("Not exported: " + e.getMessage());
            return;
        }
        List<ReplacedOutputs.Existing> found = replacedNow();
        if (!notice.hasShown(found)) {
            // changed behind the dialog's back (another export, another program): shown first, replaced on the next press
            showReplaced(found);
            whyNot("Not exported yet: what is at the target has changed since it was shown; read the line"
                    + " under Target, then press " + export.getText() + " again.");
            return;
        }
        ExportSource source = sourceOf(workspace);
        cancelled.set(false);
        running = new Task<>() {
            @Override
            protected ExportSummary call() throws Exception {
                // cancelled by the JVM ending too (kill): a cancelled export removes what it staged on its way out
                try (ShutdownCancelsExports.Running run = ShutdownCancelsExports.jvm().start(cancelled::get)) {
                    return new Exporter(options).export(source, ExportTarget.path(path), (done, total, name) -> {
                        updateProgress(done, Math.max(1, total));
                        updateMessage(cabletag.core.ShownName.of(name)); // a name's line break or escape shown as \n, \u001B
                    }, run.cancel());
                }
            }
        };
        progress.progressProperty().bind(running.progressProperty());
        current.textProperty().bind(running.messageProperty());
        export.setDisable(true);
        cancel.setDisable(false);
        summarySaysWhyNot = false;
        failureGone();
        summary.setText("Exporting…");
        close.setVisible(false);
        running.setOnSucceeded(e -> {
            ExportSummary done = running.getValue();
            String text = done.describe() + notes(done);
            String first = text.lines().findFirst().orElse("");
            String to = cabletag.core.ShownName.of(path.toString());
            finish(text, done.cancelled() ? first : "Exported " + first + " to " + to,
                    done.cancelled() ? null : "exported " + first + " to " + to);
        });
        running.setOnFailed(e -> {
            // A file system exception's own message is often only a path; describe() adds the reason.
            Throwable failure = running.getException();
            String text = "Export failed: " + (failure instanceof java.io.IOException io
                    ? cabletag.formats.io.IoReason.describe(io) : failure.getMessage());
            finish(text, text, null);
            summarySaysWhyNot = true; // of the format and target as they were: it goes once they change
            failureSaid = model.messageProperty().get(); // as the bar shows it (a name's line break escaped)
        });
        Thread thread = new Thread(running, "cabletag-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void cancel() {
        cancelled.set(true);
        cancel.setDisable(true);
    }

    /** How many of an export's problem lines the summary shows; the rest are counted ({@code cabletag export} prints all). */
    static final int PROBLEMS_SHOWN = 20;

    /**
     * What the export said besides its counts, each line as {@code cabletag export} says it: a file the user wrote kept
     * as a copy, a repaired folder, and each problem, such as a cable it did not write and why (the summary's "1 cable
     * was not written (see the problems)" named none: the Problems pane lists what reading found, not what the
     * export refused).
     */
    static String notes(ExportSummary done) {
        StringBuilder notes = new StringBuilder();
        int shown = 0;
        int more = 0;
        for (String problem : done.problems()) {
            if (problem.startsWith(ExportSummary.NOTE)) {
                notes.append(problem).append('\n');
            } else if (shown < PROBLEMS_SHOWN) {
                notes.append(problem).append('\n');
                shown++;
            } else {
                more++;
            }
        }
        if (more > 0) {
            notes.append("… and ").append(more).append(more == 1 ? " more problem" : " more problems")
                    .append(" (cabletag export with the same cables prints every one)\n");
        }
        return notes.toString();
    }

    /**
     * An export has ended: {@code text} in the dialog, {@code status} in the main window's status bar, and
     * {@code written} what it wrote, null when it wrote nothing. The bar is full only when it wrote; a failed
     * or cancelled export leaves it empty.
     */
    private void finish(String text, String status, String written) {
        boolean wrote = written != null;
        progress.progressProperty().unbind();
        current.textProperty().unbind();
        current.setText("");
        progress.setProgress(wrote ? 1 : 0);
        summary.setText(text);
        export.setDisable(false);
        cancel.setDisable(true);
        close.setVisible(true);
        close.requestFocus();
        if (wrote) {
            List<Path> outputs = new java.util.ArrayList<>();
            for (ReplacedOutputs.Existing existing : replacedNow()) {
                outputs.add(existing.path());
            }
            justExported = new JustExported(format.getValue(), split.isSelected(), java.util.Set.copyOf(outputs));
        }
        showReplaced(); // what it wrote is at the target now: a second press replaces it, and says so first
        said = status;
        lastWrote = wrote;
        if (wrote) {
            lastWritten = written;
            lastWrittenSaid = status;
        }
        model.say(status);
    }

    /**
     * The dialog closes: a failure or a cancel it said in the status bar, still showing there, no longer
     * holds once the dialog is gone (as a suggestion's words go when its cable does), so the bar says what
     * this dialog came to instead. Anything said since stays; so does an export that wrote.
     */
    private void unsayStale() {
        if (said != null && !lastWrote && said.equals(model.messageProperty().get())) {
            model.say("Export closed; " + (lastWritten == null ? "nothing was exported" : lastWritten));
        }
        said = null;
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
                        selected.add(workspace.shownKey(index)); // not the name: two inputs may each hold a c.txt
                    }
                }
                if (selected.isEmpty()) {
                    throw new IllegalArgumentException("no cable is selected in the corpus list");
                }
                yield doc -> selected.contains(doc.shownKey());
            }
            case CURRENT -> {
                String key = model.document() == null ? "" : model.document().shownKey();
                yield doc -> doc.shownKey().equals(key);
            }
            case REVIEWED -> {
                Set<String> reviewed = new HashSet<>();
                for (int i = 0; i < workspace.size(); i++) {
                    if (workspace.status(i) == ReviewStatus.REVIEWED) {
                        reviewed.add(workspace.shownKey(i));
                    }
                }
                yield doc -> reviewed.contains(doc.shownKey());
            }
        };
    }

    /** The corrected documents, fetched one at a time from the workspace, and the problems the command would name. */
    static ExportSource sourceOf(Workspace workspace) {
        return workspace.exportSource();
    }
}
