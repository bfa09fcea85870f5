package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Export (Ctrl+E): format, scope, target, then the shared {@link Exporter} runs on a worker
 * thread with a progress bar and Cancel (a cancelled export writes nothing), and its summary shows at
 * the end. The input files are passed as protected paths, so an export can never overwrite them.
 */
public final class ExportDialog {

    /** Which cables go out. */
    public enum Scope {
        CURRENT("This cable"), REVIEWED("Reviewed cables"), ALL("All cables");

        private final String text;

        Scope(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Stage stage = new Stage();
    private final CorrectorModel model;
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<Scope> scope = new ChoiceBox<>();
    private final TextField target = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label current = new Label();
    private final TextArea summary = new TextArea();
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<ExportSummary> running;

    public ExportDialog(Window owner, CorrectorModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");
        format.setId("export-format");
        scope.setId("export-scope");
        target.setId("export-target");
        summary.setId("export-summary");
        export.setId("export-run");
        cancel.setId("export-cancel");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.JSONL);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.cliName() + (f.writesFolder() ? " (folder)" : " (" + f.extension() + " file)");
            }

            @Override
            public ExportFormat fromString(String s) {
                return ExportFormat.named(s.split(" ")[0]);
            }
        });
        scope.getItems().setAll(Scope.values());
        scope.setValue(Scope.ALL);
        target.setPromptText("Where to write");
        HBox.setHgrow(target, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        summary.setEditable(false);
        summary.setPrefRowCount(10);
        summary.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        cancel.setDisable(true);
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Cables"), scope);
        form.addRow(2, new Label("Target"), new HBox(6, target, browse));
        GridPane.setHgrow(target.getParent(), Priority.ALWAYS);
        VBox root = new VBox(10, form, progress, current, summary, new HBox(8, export, cancel));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 620, 460);
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

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public ChoiceBox<ExportFormat> format() {
        return format;
    }

    public ChoiceBox<Scope> scope() {
        return scope;
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

    /** Starts the export on a worker thread; the summary shows when it ends. */
    public void start() {
        Workspace workspace = model.workspace();
        if (workspace == null || target.getText() == null || target.getText().isBlank()) {
            summary.setText("Choose where to write first.");
            return;
        }
        Path path = Path.of(target.getText().trim());
        ExportOptions options = ExportOptions.of(format.getValue())
                .withScope(scopeFilter(workspace, scope.getValue()))
                .withProtectedPaths(Set.copyOf(workspace.inputs()));
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
        running.setOnSucceeded(e -> finish(running.getValue().describe()));
        running.setOnFailed(e -> finish("Export failed: " + running.getException().getMessage()));
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
        model.say(text.lines().findFirst().orElse(""));
    }

    private Predicate<Document> scopeFilter(Workspace workspace, Scope chosen) {
        return switch (chosen) {
            case ALL -> doc -> true;
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

    /** The corrected documents, fetched one at a time from the workspace. */
    static ExportSource sourceOf(Workspace workspace) {
        int size = workspace.size();
        List<String> problems = workspace.problems();
        return new ExportSource() {
            @Override
            public long expectedSize() {
                return size;
            }

            @Override
            public Iterator<Document> documents() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Document next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        return workspace.document(next++);
                    }
                };
            }

            @Override
            public List<String> problems() {
                return problems;
            }
        };
    }
}
