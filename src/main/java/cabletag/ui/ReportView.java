package cabletag.ui;

import cabletag.formats.io.InputGuard;
import cabletag.formats.io.OutputFile;
import cabletag.workspace.Workspace;
import cabletag.workspace.WorkspaceChange;
import cabletag.workspace.WorkspaceListener;
import cabletag.workspace.report.HtmlReport;
import cabletag.workspace.report.Report;
import cabletag.workspace.report.ReportChart;
import cabletag.workspace.report.ReportScope;
import cabletag.workspace.report.ReportSection;
import cabletag.workspace.report.ReportTable;
import cabletag.workspace.report.SuggestionQualitySection;
import cabletag.workspace.report.WorkspaceReportPass;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Review ▸ Report card: the tagger's tags as read scored against the analyst's corrections, with charts
 * (entities per label, corrections per label, errors by kind, review progress) in one row at the top, then
 * each section's notes and tables.
 * Computed on a background thread one cable at a time ({@link WorkspaceReportPass}); recomputed on
 * request and whenever an edit or a review status makes it stale (a pass running then is cancelled and
 * started again). Draws any {@link ReportSection}, so sections added to the report show up here unchanged:
 * once the card is shown, the quality of the suggestions ({@link SuggestionsModel#qualitySection}) on a
 * thread of its own, estimated again only when the reviewed cables changed.
 */
public final class ReportView {

    /** The note of the suggestions' section while it is being estimated. */
    static final String ESTIMATING = "Estimating the quality of the suggestions (the name finder is trained once per fold)…";

    private final Stage stage = new Stage();
    private final Workspace workspace;
    private final SuggestionsModel suggestions;
    private final ChoiceBox<ReportScope> scope = new ChoiceBox<>(FXCollections.observableArrayList(ReportScope.values()));
    private final Button recompute = new Button("Recompute");
    private final Button saveHtml = new Button("Save as HTML…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final VBox content = new VBox(14);
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final WorkspaceListener listener = this::workspaceChanged;
    private Task<WorkspaceReportPass.Result> running;
    private Task<ReportSection> estimating;
    private WorkspaceReportPass.Result shown;

    /** @param suggestions the window's suggestions, for the section on their quality; null leaves it out */
    public ReportView(Window owner, Workspace workspace, SuggestionsModel suggestions) {
        this.workspace = workspace;
        this.suggestions = suggestions;
        stage.initOwner(owner);
        stage.setTitle("cabletag report card");
        scope.setId("report-scope");
        recompute.setId("report-recompute");
        saveHtml.setId("report-save-html");
        progress.setId("report-progress");
        status.setId("report-status");
        content.setId("report-content");
        status.textProperty().bind(statusText);
        scope.setValue(ReportScope.REVIEWED);
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportScope value) {
                return value == null ? "" : value == ReportScope.REVIEWED ? "Reviewed cables" : "All cables";
            }

            @Override
            public ReportScope fromString(String text) {
                return null;
            }
        });
        scope.valueProperty().addListener((o, was, now) -> compute());
        recompute.setOnAction(e -> compute());
        saveHtml.setOnAction(e -> saveHtml());
        saveHtml.disableProperty().bind(report.isNull());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label scoreLabel = new Label("Score:");
        // in a narrow window the status line gives way (its whole text on hover), never the controls' names
        for (Region fixed : List.of(scoreLabel, scope, recompute, saveHtml)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        // wraps rather than cut: a saved page's line names the copy kept of the file it replaced, the only
        // place that says so
        status.setWrapText(true);
        javafx.scene.control.Tooltip statusTip = new javafx.scene.control.Tooltip();
        statusTip.textProperty().bind(status.textProperty());
        status.setTooltip(statusTip);
        HBox bar = new HBox(10, scoreLabel, scope, recompute, progress, status, gap, saveHtml);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        Scene scene = new Scene(root, 1280, 900);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        workspace.addListener(listener);
        stage.setOnHidden(e -> {
            workspace.removeListener(listener);
            cancel();
        });
    }

    public void show() {
        OwnersScreen.fit(stage, stage.getOwner());
        stage.show();
        compute();
    }

    public Stage stage() {
        return stage;
    }

    /** The workspace this report scores. */
    public Workspace workspace() {
        return workspace;
    }

    /** The report shown, null until the first pass ends; a new one after each pass. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Starts a pass (cancelling one that runs). */
    public void compute() {
        cancel();
        ReportScope chosen = scope.getValue();
        long revision = workspace.revision();
        Task<WorkspaceReportPass.Result> task = new Task<>() {
            @Override
            protected WorkspaceReportPass.Result call() {
                return WorkspaceReportPass.run(workspace, chosen, revision, this::isCancelled, (done, total) -> {
                    updateProgress(done, total);
                    updateMessage("Reading cable " + done + " of " + total + "…");
                });
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        statusText.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            if (running != task || task.getValue().report() == null) {
                return;
            }
            running = null;
            shown = task.getValue();
            progress.progressProperty().unbind();
            progress.setVisible(false);
            statusText.unbind();
            if (!shown.isCurrent(workspace)) {
                show(shown.report());
                compute(); // an edit came in while the pass ran
            } else if (suggestions != null) {
                show(shown.report().with(SuggestionQualitySection.unavailable(ESTIMATING)));
                estimateQuality(shown);
            } else {
                show(shown.report());
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                progress.progressProperty().unbind();
                progress.setVisible(false);
                statusText.unbind();
                statusText.set("The report could not be computed: " + task.getException());
            }
        });
        Thread thread = new Thread(task, "cabletag-report");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /**
     * The quality of the suggestions, after the report card is shown: it trains the name finder once per
     * fold, so it may take minutes where the card takes a second (kept until the reviewed cables change).
     */
    private void estimateQuality(WorkspaceReportPass.Result card) {
        Task<ReportSection> task = new Task<>() {
            @Override
            protected ReportSection call() {
                return suggestions.qualitySection(this::isCancelled);
            }
        };
        estimating = task;
        task.setOnSucceeded(e -> {
            if (estimating == task && shown == card && task.getValue() != null) {
                estimating = null;
                show(card.report().with(task.getValue()));
            }
        });
        task.setOnFailed(e -> {
            if (estimating == task && shown == card) {
                estimating = null;
                show(card.report().with(SuggestionQualitySection.unavailable("Not estimated: " + task.getException().getMessage())));
            }
        });
        Thread thread = new Thread(task, "cabletag-suggestion-quality");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (estimating != null) {
            estimating.cancel();
            estimating = null;
        }
    }

    /** An edit or a status change made the report stale: compute it again (once, however many changes come). */
    private void workspaceChanged(WorkspaceChange change) {
        if (!stage.isShowing() || running != null) {
            return; // a running pass checks at its end whether it is still current
        }
        if (shown == null || !shown.isCurrent(workspace)) {
            compute();
        }
    }

    private void show(Report computed) {
        statusText.set(computed.scopeLine());
        content.getChildren().clear();
        Label title = new Label(computed.title());
        title.getStyleClass().add("report-title");
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label scopeLine = new Label(computed.scopeLine());
        scopeLine.setId("report-scope-line");
        scopeLine.getStyleClass().add("report-scope-line"); // its colours are the theme's (cabletag.css)
        content.getChildren().addAll(title, scopeLine);
        // every section's charts in one row at the top, an overview before the tables
        FlowPane charts = new FlowPane(12, 12);
        charts.setId("report-charts");
        for (ReportSection section : computed.sections()) {
            for (ReportChart chart : section.charts()) {
                charts.getChildren().add(chart(chart));
            }
        }
        content.getChildren().add(charts);
        for (ReportSection section : computed.sections()) {
            content.getChildren().add(section(section));
        }
        report.set(computed);
    }

    private Node section(ReportSection section) {
        VBox box = new VBox(8);
        box.setId("report-section-" + section.id());
        Label heading = new Label(section.title());
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold; -fx-padding: 8 0 0 0;");
        box.getChildren().add(heading);
        for (String note : section.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        for (ReportTable table : section.tables()) {
            Label caption = new Label(table.title());
            caption.setStyle("-fx-font-weight: bold;");
            box.getChildren().addAll(caption, table(table));
        }
        return box;
    }

    static Node chart(ReportChart chart) {
        Node node;
        if (chart.kind() == ReportChart.Kind.PARTS) {
            PieChart pie = new PieChart();
            List<Long> values = chart.series().get(0).values();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) > 0) {
                    pie.getData().add(new PieChart.Data(chart.categories().get(i) + " (" + values.get(i) + ")", values.get(i)));
                }
            }
            pie.setLegendVisible(false);
            pie.setAnimated(false);
            pie.setTitle(chart.title());
            node = pie;
        } else {
            CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(chart.categories()));
            NumberAxis y = new NumberAxis();
            y.setMinorTickVisible(false);
            // names that would not fit side by side under a 380 px chart are slanted (JavaFX left
            // "boundary+label" and "missed" written over each other)
            int characters = chart.categories().stream().mapToInt(String::length).sum();
            if (characters * 7 + chart.categories().size() * 10 > 300) {
                x.setTickLabelRotation(-30);
            }
            XYChart<String, Number> bars = chart.kind() == ReportChart.Kind.STACKED_BARS ? new StackedBarChart<>(x, y) : new BarChart<>(x, y);
            for (ReportChart.Series series : chart.series()) {
                XYChart.Series<String, Number> data = new XYChart.Series<>();
                data.setName(series.name());
                for (int i = 0; i < chart.categories().size(); i++) {
                    data.getData().add(new XYChart.Data<>(chart.categories().get(i), series.values().get(i)));
                }
                bars.getData().add(data);
            }
            bars.setAnimated(false);
            bars.setLegendVisible(chart.series().size() > 1);
            bars.setTitle(chart.title());
            node = bars;
        }
        node.setId("chart-" + chart.id());
        ((Region) node).setPrefSize(380, 300);
        return node;
    }

    static TableView<List<Object>> table(ReportTable table) {
        TableView<List<Object>> view = new TableView<>(FXCollections.observableArrayList(table.rows()));
        view.setId("table-" + table.id());
        for (int c = 0; c < table.columns().size(); c++) {
            int index = c;
            TableColumn<List<Object>, String> column = new TableColumn<>(table.columns().get(c));
            column.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(ReportTable.format(row.getValue().get(index))));
            column.setSortable(false);
            column.setPrefWidth(c == 0 ? (table.id().equals("corrections") ? 520 : 170) : 125);
            if (c > 0) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            view.getColumns().add(column);
        }
        view.setFixedCellSize(24);
        view.setPlaceholder(new Label("none"));
        double height = 30 + 24 * Math.max(1, table.rows().size()) + 4;
        view.setPrefHeight(height);
        view.setMinHeight(height);
        view.setMaxHeight(height);
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return view;
    }

    private void saveHtml() {
        Report current = report.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the report as one HTML page");
        chooser.setInitialFileName("cabletag-report.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveHtmlTo(current, file.toPath());
        }
    }

    /** Writes the page to {@code file} (the chooser's choice) and says in the status line how it went. */
    void saveHtmlTo(Report current, Path file) {
        try {
            InputGuard.of(workspace.inputs()).checkFile(file);
            cabletag.formats.export.OutputsReadAsInputs.checkFile(file, workspace.listedFiles()); // no wait for the listing here
            // the rule of every output: a file that is not an unchanged earlier page is kept as NAME.~N~ first
            Optional<String> kept = OutputFile.write(file, HtmlReport.render(current).getBytes(StandardCharsets.UTF_8));
            statusText.set("Saved " + file + kept.map(note -> "; " + note).orElse(""));
        } catch (cabletag.formats.io.OutputRefusedException e) {
            statusText.set(e.getMessage()); // an input, a read-only file: nothing was written, the line says why
        } catch (IOException e) {
            statusText.set("Could not save " + file + ": " + e.getMessage());
        }
    }
}
