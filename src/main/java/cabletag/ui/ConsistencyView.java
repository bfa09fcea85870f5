package cabletag.ui;

import cabletag.core.Label;
import cabletag.core.ShownName;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.Place;
import cabletag.core.text.Counted;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.OccurrencePlan;
import cabletag.workspace.OccurrenceTarget;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import cabletag.workspace.WorkspaceChange;
import cabletag.workspace.WorkspaceListener;
import cabletag.workspace.consistency.CorpusIndex;
import cabletag.workspace.consistency.DismissalStep;
import cabletag.workspace.consistency.Dismissals;
import cabletag.workspace.consistency.ForgottenDismissals;
import cabletag.workspace.consistency.RelabelWarmUp;
import cabletag.workspace.consistency.WorkspaceIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Consistency view: the corpus's consistency findings, most places first, and the places of the one
 * selected, each a line of its cable (Enter or a double click shows it in the window). Its actions — relabel
 * all to a label, tag the untagged places, delete all, dismiss — go through the preview of "apply to all" and
 * are one undoable step across the corpus. A dismissal (and restoring a dismissed finding, shown with "Show
 * dismissed") is remembered in the store and is a step of the same undo history: Ctrl+Z here or in the window
 * takes it back. The line under the header repeats what the window's status bar says.
 *
 * <p>The index is built (or reopened from the store) on the view's own thread, reading cables one at a time,
 * and kept current there from the workspace's change events; the findings list is redone from its counts
 * after each edit, the places read from its records. The JavaFX thread only shows what that thread hands over.
 */
final class ConsistencyView implements WorkspaceListener {

    private final Stage stage = new Stage();
    private final Window owner;
    private final CorrectorModel model;
    private final Workspace workspace;
    /** Where the index is kept, found on the view's thread before it is built (it reads the file system). */
    private final Path storeRoot;
    private volatile Path indexFile;
    /** The store's dismissed findings: the file is read and written whole each time, from either thread. */
    /** Set with {@link #indexFile}; the buttons that use it act only on findings shown, which come after. */
    private volatile Dismissals dismissals;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "consistency-index");
        t.setDaemon(true);
        return t;
    });
    private final ListView<Finding> findings = new ListView<>();
    private final ListView<Place> places = new ListView<>();
    private final javafx.scene.control.Label status = new javafx.scene.control.Label("Building the entity index…");
    /** The window's status bar message since the view opened: what a dismissal or an undo did. */
    private final javafx.scene.control.Label said = new javafx.scene.control.Label();
    private final javafx.beans.value.ChangeListener<String> saying = (o, was, now) -> said.setText(now);
    private final CheckBox showDismissed = new CheckBox("Show dismissed");
    private final Button dismiss = button("consistency-dismiss", "Dismiss", this::dismissOrRestore);
    /** Shown while some dismissals are of findings that no longer occur: they hide nothing now and can go. */
    private final Button forgetGone = button("consistency-forget-gone", "", this::forgetGone);
    private final ProgressBar progress = new ProgressBar(0);
    private final ComboBox<Label> label = new ComboBox<>();
    /** The context lines of the places shown (the first {@link #CONTEXT_LINES} of a finding); JavaFX thread. */
    private final java.util.Map<Place, String> context = new java.util.HashMap<>();
    private static final int CONTEXT_LINES = 2000;
    /** The key of the finding the label box was last set for; JavaFX thread. */
    private String presetFor;
    /** The findings last published, those not dismissed and those dismissed; JavaFX thread. */
    private List<Finding> open = List.of();
    private List<Finding> dismissed = List.of();
    /** The keys dismissed whose findings no longer occur; JavaFX thread. */
    private List<String> gone = List.of();
    // confined to the index thread
    private CorpusIndex index;
    private int[] slots;
    /** The keys dismissed when the findings were last published. */
    private Set<String> published;
    private ApplyPreviewDialog preview;
    /** How many times the findings were redone (tests wait on it); JavaFX thread. */
    private final javafx.beans.property.ReadOnlyLongWrapper refreshes = new javafx.beans.property.ReadOnlyLongWrapper();

    ConsistencyView(Window owner, CorrectorModel model, StoreLocation store) {
        this.owner = owner;
        this.model = model;
        this.workspace = model.workspace();
        this.storeRoot = store.root();
        stage.initOwner(owner);
        stage.setTitle("Consistency");
        findings.setId("consistency-findings");
        places.setId("consistency-places");
        findings.setCellFactory(view -> new FindingCell());
        places.setCellFactory(view -> new PlaceCell(context));
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            presetLabel(now);
            showPlaces(now);
        });
        places.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                goTo(places.getSelectionModel().getSelectedItem());
            }
        });
        places.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goTo(places.getSelectionModel().getSelectedItem());
            }
        });
        label.setId("consistency-label");
        label.getItems().setAll(model.palette().labels());
        if (!label.getItems().isEmpty()) {
            label.getSelectionModel().selectFirst();
        }
        Button relabel = button("consistency-relabel", "Relabel all to", this::relabelAll);
        Button tag = button("consistency-tag", "Tag untagged as", this::tagUntagged);
        Button delete = button("consistency-delete", "Delete all", this::deleteAll);
        showDismissed.setId("consistency-show-dismissed");
        showDismissed.selectedProperty().addListener((o, was, now) -> showList(null, -1));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        forgetGone.managedProperty().bind(forgetGone.visibleProperty());
        forgetGone.setVisible(false);
        forgetGone.setTooltip(new javafx.scene.control.Tooltip("Their entities were relabelled or deleted since they were"
                + " dismissed; a dismissal kept would hide the finding again if it came back. Ctrl+Z keeps them after all."));
        HBox actions = new HBox(8, relabel, tag, label, gap, delete, dismiss, showDismissed, forgetGone);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("consistency-status");
        said.setId("consistency-message");
        VBox top = new VBox(4, status, said, progress);
        SplitPane split = new SplitPane(findings, places);
        split.setDividerPositions(0.5);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(actions);
        BorderPane.setMargin(top, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(actions, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        // Escape closes it, as it closes the report card and the key sheet; a filter, because the lists
        // take Escape for themselves (cancelling an edit they never start here)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            } else if (UNDO.match(e)) { // the window's one history: a dismissal, a relabel all, an edit in the window
                e.consume();
                model.undo();
            } else if (REDO.match(e) || REDO_TOO.match(e)) {
                e.consume();
                model.redo();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    void show() {
        OwnersScreen.fit(stage, owner);
        stage.show();
        workspace.addListener(this);
        model.messageProperty().addListener(saying);
        thread.execute(() -> {
            List<String> problems = new ArrayList<>();
            indexFile = WorkspaceIndex.locate(storeRoot, workspace.inputs(), problems::add);
            dismissals = Dismissals.beside(indexFile);
            index = WorkspaceIndex.build(workspace, indexFile, problems::add,
                    fraction -> Platform.runLater(() -> progress.setProgress(fraction)));
            slots = WorkspaceIndex.slots(workspace, index);
            try {
                WorkspaceIndex.saveIfChanged(workspace, index, indexFile);
            } catch (IOException e) {
                problems.add(indexFile + ": the consistency index could not be saved: " + cabletag.formats.io.IoReason.describe(e));
            }
            publish(problems.isEmpty() ? "" : String.join("; ", problems));
            // after the findings are up: the analyst's first corpus-wide relabel then meets compiled code
            RelabelWarmUp.runOnce();
        });
    }

    Stage stage() {
        return stage;
    }

    /** The workspace whose findings this view shows. */
    Workspace workspace() {
        return workspace;
    }

    ListView<Finding> findings() {
        return findings;
    }

    ListView<Place> places() {
        return places;
    }

    ComboBox<Label> label() {
        return label;
    }

    ApplyPreviewDialog preview() {
        return preview;
    }

    /** How many times the findings were shown anew, after building and after each edit (tests wait on it). */
    javafx.beans.property.ReadOnlyLongProperty refreshes() {
        return refreshes.getReadOnlyProperty();
    }

    /** On the index thread: the findings as they are now, those dismissed apart, handed to the JavaFX thread. */
    private void publish(String problem) {
        publish(problem, null);
    }

    /** As {@link #publish(String)}, choosing the finding of key {@code choose} if it is in the list shown. */
    private void publish(String problem, String choose) {
        List<String> problems = new ArrayList<>();
        if (!problem.isEmpty()) {
            problems.add(problem);
        }
        Set<String> keys;
        try {
            keys = dismissals.keys();
        } catch (IOException e) {
            problems.add(dismissals.file() + ": the dismissed findings could not be read: " + cabletag.formats.io.IoReason.describe(e));
            keys = Set.of();
        }
        published = keys;
        List<Finding> all = index.findings(Set.of());
        Set<String> out = keys;
        List<Finding> nowOpen = all.stream().filter(f -> !out.contains(f.key())).toList();
        List<Finding> nowDismissed = all.stream().filter(f -> out.contains(f.key())).toList();
        Set<String> occurring = new java.util.HashSet<>();
        all.forEach(f -> occurring.add(f.key()));
        List<String> nowGone = keys.stream().filter(key -> !occurring.contains(key)).toList();
        String problemText = String.join("; ", problems);
        Platform.runLater(() -> {
            Finding selected = choose == null ? findings.getSelectionModel().getSelectedItem()
                    : all.stream().filter(f -> f.key().equals(choose)).findFirst().orElse(findings.getSelectionModel().getSelectedItem());
            int at = findings.getSelectionModel().getSelectedIndex();
            open = nowOpen;
            dismissed = nowDismissed;
            gone = nowGone;
            progress.setVisible(false);
            progress.setManaged(false);
            status.setText(NumberCell.format(nowOpen.size()) + " finding" + (nowOpen.size() == 1 ? "" : "s") + " in "
                    + NumberCell.format(workspace.size()) + " cable" + (workspace.size() == 1 ? "" : "s")
                    + (nowDismissed.isEmpty() ? "" : " (" + NumberCell.format(nowDismissed.size()) + " dismissed)")
                    + (nowGone.isEmpty() ? "" : "; " + Counted.of(nowGone.size(), "dismissed finding no longer occurs",
                            "dismissed findings no longer occur"))
                    + (problemText.isEmpty() ? "" : " — " + problemText));
            showList(selected, at);
            refreshes.set(refreshes.get() + 1);
        });
    }

    /**
     * Shows the findings not dismissed, or with "Show dismissed" the dismissed ones, and chooses again the
     * finding that was chosen, else the one now in its place (after a dismissal, the next one), else the first.
     */
    private void showList(Finding selected, int at) {
        boolean showingDismissed = showDismissed.isSelected();
        List<Finding> now = showingDismissed ? dismissed : open;
        showDismissed.setText("Show dismissed (" + NumberCell.format(dismissed.size()) + ")");
        forgetGone.setText("Forget " + NumberCell.format(gone.size()) + " no longer found");
        forgetGone.setVisible(!gone.isEmpty());
        dismiss.setText(showingDismissed ? "Restore" : "Dismiss");
        findings.setPlaceholder(new javafx.scene.control.Label(showingDismissed ? "No dismissed findings" : "No findings"));
        findings.getItems().setAll(now);
        Finding again = selected == null ? null
                : now.stream().filter(f -> f.key().equals(selected.key())).findFirst().orElse(null);
        if (again != null) {
            findings.getSelectionModel().select(again);
        } else if (!now.isEmpty()) {
            findings.getSelectionModel().select(Math.max(0, Math.min(at, now.size() - 1)));
        } else {
            places.getItems().clear();
        }
    }

    @Override
    public void changed(WorkspaceChange change) {
        if (change.spanChanges().isEmpty() && change.cables().isEmpty()) {
            // a step outside the cables: a dismissal (from here, or its undo from the window) or a rejected suggestion
            thread.execute(() -> {
                Set<String> now = dismissedNow();
                if (index != null && !java.util.Objects.equals(now, published)) {
                    // the one that came back (a dismissal undone, a finding restored) is chosen, as undo selects what it brings back
                    Set<String> back = new java.util.HashSet<>(published);
                    if (now != null) {
                        back.removeAll(now);
                    }
                    publish("", back.size() == 1 && now != null ? back.iterator().next() : null);
                }
            });
            return;
        }
        if (change.spanChanges().isEmpty()) {
            return;
        }
        thread.execute(() -> {
            if (index == null) {
                return;
            }
            index.apply(change, cable -> slots[cable], slot -> workspace.document(slotToCable(slot)));
            publish("");
        });
    }

    /** The keys dismissed now; null when the file cannot be read (publish reads it again and says why). */
    private Set<String> dismissedNow() {
        try {
            return dismissals.keys();
        } catch (IOException e) {
            return null;
        }
    }

    private int slotToCable(int slot) {
        for (int cable = 0; cable < slots.length; cable++) {
            if (slots[cable] == slot) {
                return cable;
            }
        }
        throw new IllegalStateException("no cable in slot " + slot);
    }

    /**
     * Sets the label box to the finding's majority label when another finding is chosen: the box stayed on
     * what it showed, so "Tag untagged as" on a LOC finding offered PER. The same finding chosen again after
     * an edit (the list is redone) keeps what the analyst chose in the box since.
     */
    private void presetLabel(Finding finding) {
        if (finding == null || finding.key().equals(presetFor)) {
            return;
        }
        presetFor = finding.key();
        finding.majorityLabel().ifPresent(majority -> {
            if (!label.getItems().contains(majority)) {
                label.getItems().add(majority);
            }
            label.setValue(majority);
        });
    }

    private void showPlaces(Finding finding) {
        if (finding == null) {
            places.getItems().clear();
            return;
        }
        thread.execute(() -> {
            List<Place> found = index.places(finding);
            java.util.Map<Place, String> lines = new java.util.HashMap<>();
            int cable = -1;
            String text = "";
            for (Place place : found.subList(0, Math.min(found.size(), CONTEXT_LINES))) {
                if (place.cable() != cable) {
                    cable = place.cable();
                    text = workspace.document(slotToCable(cable)).text(); // one cable at a time, not kept
                }
                lines.put(place, contextOf(text, place.start(), place.end()));
            }
            Platform.runLater(() -> {
                if (finding.equals(findings.getSelectionModel().getSelectedItem())) {
                    context.clear();
                    context.putAll(lines);
                    places.getItems().setAll(found);
                }
            });
        });
    }

    /** The text around a place on one line, the place between ⟦ and ⟧. */
    static String contextOf(String text, int start, int end) {
        if (end > text.length()) {
            return "";
        }
        int from = Math.max(0, start - 50);
        int to = Math.min(text.length(), end + 50);
        return ((from > 0 ? "…" : "") + text.substring(from, start) + "⟦" + text.substring(start, end) + "⟧"
                + text.substring(end, to) + (to < text.length() ? "…" : "")).replaceAll("\\s+", " ")
                .transform(OneLineText::of); // \s takes no U+2028, which showed as nothing
    }

    private void goTo(Place place) {
        if (place == null) {
            return;
        }
        model.show(place.cable());
        if (place.isTagged()) {
            model.select(new cabletag.core.Span(place.start(), place.end(), place.label()));
        } else {
            model.selectAt(place.start());
        }
    }

    // ---------------------------------------------------------------- actions, through the preview

    private void relabelAll() {
        plan(label.getValue(), places.getItems().stream().filter(Place::isTagged).toList());
    }

    private void tagUntagged() {
        plan(label.getValue(), places.getItems().stream().filter(p -> !p.isTagged()).toList());
    }

    private void deleteAll() {
        plan(null, places.getItems().stream().filter(Place::isTagged).toList());
    }

    private void plan(Label to, List<Place> chosen) {
        Finding finding = findings.getSelectionModel().getSelectedItem();
        if (finding == null || chosen.isEmpty()) {
            status.setText(finding == null ? "Choose a finding first." : "No place of this finding for that action.");
            return;
        }
        List<OccurrenceTarget> targets = chosen.stream().map(p -> new OccurrenceTarget(p.cable(), p.start(), p.end())).toList();
        String needle = String.join(" / ", finding.rawTexts());
        OccurrencePlan plan;
        try {
            plan = workspace.planAt(needle, to, targets);
        } catch (EditRejectedException nothing) {
            status.setText(nothing.getMessage());
            return;
        }
        preview = new ApplyPreviewDialog(stage, plan, model::applyOccurrences);
        preview.show();
    }

    /**
     * Dismiss (or, showing the dismissed findings, Restore) the chosen finding: one step of the window's undo
     * history, which the window's status bar (and the line under the header) names with its undo key.
     */
    private void dismissOrRestore() {
        Finding finding = findings.getSelectionModel().getSelectedItem();
        if (finding == null) {
            status.setText("Choose a finding first.");
            return;
        }
        boolean restoring = showDismissed.isSelected();
        model.runEdit(() -> workspace.record(restoring ? DismissalStep.restore(dismissals, finding) : DismissalStep.dismiss(dismissals, finding)));
    }

    /** Forgets the dismissals of findings that no longer occur: one step of the window's undo history. */
    private void forgetGone() {
        if (!gone.isEmpty()) {
            List<String> keys = gone;
            model.runEdit(() -> workspace.record(new ForgottenDismissals(dismissals, keys)));
        }
    }

    private void close() {
        workspace.removeListener(this);
        model.messageProperty().removeListener(saying);
        thread.execute(() -> {
            if (index != null) {
                try {
                    WorkspaceIndex.save(workspace, index, indexFile);
                } catch (IOException e) {
                    // the next opening rebuilds what it cannot trust; nothing is lost but time
                }
            }
        });
        thread.shutdown();
    }

    /**
     * A cell that wraps its text at the list's width: a finding's message and a place's line of context are
     * longer than half a 1024-pixel window, and ran off the list's right edge behind a horizontal scroll bar.
     * A preferred width of 0 keeps the cell from widening the list past its width.
     */
    private static void wrapsToTheList(ListCell<?> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
    }

    /** One finding: its kind, its message, its count of places. */
    private static final class FindingCell extends ListCell<Finding> {
        FindingCell() {
            wrapsToTheList(this);
        }

        @Override
        protected void updateItem(Finding item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : NumberCell.format(item.occurrences()) + " · " + item.kind().title() + ": " + OneLineText.of(item.message()));
        }
    }

    /** One place: cable, line:column, label (or untagged), and its line of text. */
    private static final class PlaceCell extends ListCell<Place> {
        private final java.util.Map<Place, String> context;

        PlaceCell(java.util.Map<Place, String> context) {
            this.context = context;
            wrapsToTheList(this);
        }

        @Override
        protected void updateItem(Place item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ShownName.of(item.cableName()) + ":" + item.line() + ":" + item.column() + "  "
                    + (item.isTagged() ? item.label().name() : "untagged") + "\n" + context.getOrDefault(item, "“" + OneLineText.of(item.text()) + "”"));
        }
    }
}
