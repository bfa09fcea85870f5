package cabletag.ui;

import cabletag.core.ShownName;
import cabletag.core.Span;
import cabletag.core.text.Counted;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.workspace.OccurrenceScope;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The corrector window: corpus and problems on the left, the highlighted cable in the centre, its
 * entities on the right, the status bar below. Owns the key handling: one list of actions
 * (WindowActions) drives the keys, the menus, the context menus and the F1 sheet, and a scene-level
 * filter sees every key before any control, so the text area never types and Tab never leaves for
 * another control.
 */
public final class MainWindow {

    private final Stage stage;
    private final CorrectorModel model = new CorrectorModel();
    private final CableView cableView;
    private final CorpusPane corpusPane;
    private final EntityTable entityTable;
    private final ProblemsPane problemsPane;
    private final FindBar findBar;
    private final HeaderStrip headerStrip;
    private final MessageFirstStatusBar statusBar = new MessageFirstStatusBar();
    private final Label fileLabel = new Label();
    private final Label countsLabel = new Label();
    private final Label progressLabel = new Label();
    private final Label saveLabel = new Label();
    private final Label problemsLabel = new Label();
    private final Menu recentMenu = new Menu("Open recent");
    private final RecentInputs recent;
    private final WindowActions actions = new WindowActions();
    /** Made at the first right-click: a popup window is not worth building before the first cable is shown. */
    private ContextMenu textMenu;
    private NewLabelDialog newLabelDialog;
    private ContextMenu tableMenu;
    private final Scene scene;
    private Consumer<Workspace> onOpened = ws -> { };
    private java.util.function.IntConsumer listingHook = count -> { };
    private WhenReady whenReady;
    private ApplyPreviewDialog applyPreview;
    private final ViewSettings view;
    private ReportView reportView;
    private ConsistencyView consistency;
    private final SuggestionsModel suggestions;
    /**
     * When a label can act (the label items of the menus, New label…): with text or an entity selected. With nothing
     * selected they are greyed out, as the entity actions are, rather than only saying so once chosen.
     */
    private final WindowAction.Availability labelling = new WindowAction.Availability(this::somethingToLabel,
            () -> CorrectorModel.NOTHING_TO_LABEL);

    public MainWindow(Stage stage) {
        this.stage = stage;
        this.recent = new RecentInputs(StoreLocation.defaultLocation().root().resolve("recent.txt"));
        cableView = new CableView(model);
        corpusPane = new CorpusPane(model);
        entityTable = new EntityTable(model);
        problemsPane = new ProblemsPane(model);
        findBar = new FindBar(model, cableView);
        problemsPane.setJumper(cableView::moveTo);
        suggestions = new SuggestionsModel(model, Platform::runLater, task -> new Thread(task, "cabletag-suggestions") {{ setDaemon(true); }}.start());
        new SuggestionLayer(model, suggestions, cableView.area());
        problemsPane.follow(suggestions.problems());

        BorderPane centre = new BorderPane(cableView);
        headerStrip = new HeaderStrip(model);
        centre.setTop(new VBox(headerStrip, findBar));
        view = new ViewSettings(WindowPreferences.load(WindowPreferences.fileUnder(StoreLocation.defaultLocation().root())),
                corpusPane, problemsPane, centre, entityTable, cableView.area());
        SplitPane main = view.panes().node();

        defineActions();
        model.setUndoKeys(actions.get("undo").keys());
        BorderPane root = new BorderPane(main);
        root.setTop(menuBar());
        root.setBottom(buildStatusBar());
        installContextMenus();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1500, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        OnePixelRepaint.install(scene, root);
        view.setMessages(model::say);
        view.attach(stage, scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        // A lone Alt would put the focus in the menu bar and swallow the next keys, and Alt is half of
        // the boundary chords; the menus stay reachable with F10.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT || e.getCode() == KeyCode.ALT_GRAPH) {
                e.consume();
            }
        });
        installDragAndDrop();
        // started: the first cable's text on screen, or nothing to show
        model.addOnScreenListener(this::startedNow);
        model.addStartedListener(() -> {
            if (model.workspace() != null && model.workspace().size() == 0) {
                startedNow();
            }
        });
        model.listedProperty().addListener((o, was, now) -> runWhenReady());
        stage.setScene(scene);
        // the analyst may have edited the shown cable's file in another program: said when the window is back
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                model.lookForChangeOnDisk();
            }
        });
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, model.documentProperty(), model.dirtyProperty()));
        // the close button asks as Ctrl+Q does when corrections could not be saved; refused, the window stays
        stage.setOnCloseRequest(e -> {
            if (!mayQuit()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            if (model.workspace() != null) {
                model.workspace().close(); // saved (or the analyst chose to lose what could not be) before it hides
            }
        });
    }

    public CorrectorModel model() {
        return model;
    }

    public SuggestionsModel suggestions() {
        return suggestions;
    }

    public CableView cableView() {
        return cableView;
    }

    public CorpusPane corpusPane() {
        return corpusPane;
    }

    public EntityTable entityTable() {
        return entityTable;
    }

    public ProblemsPane problemsPane() {
        return problemsPane;
    }

    /** The View menu's state: panes, theme, text size. */
    public ViewSettings view() {
        return view;
    }

    public HeaderStrip headerStrip() {
        return headerStrip;
    }

    public FindBar findBar() {
        return findBar;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public Scene scene() {
        return scene;
    }

    /**
     * Called on the UI thread once a workspace is open: its first cable shown and the whole corpus listed
     * (tests, benchmarks).
     */
    public void setOnOpened(Consumer<Workspace> onOpened) {
        this.onOpened = onOpened == null ? ws -> { } : onOpened;
    }

    /**
     * Tests: runs on the listing thread after each batch of cables joins the workspace, with how many are
     * listed; a test may hold the listing there to see the window while it goes on.
     */
    public void setListingHook(java.util.function.IntConsumer hook) {
        this.listingHook = hook == null ? count -> { } : hook;
    }

    private String title() {
        String shown = model.document() != null ? model.cableName()
                : model.workspace() != null ? describe(model.workspace().inputs()) : "";
        return AppIdentity.title(ShownName.of(shown), model.dirtyProperty().get());
    }

    /** Ctrl+Q: closes the window, once what is not saved is saved or the analyst chose to lose it. */
    private void quit() {
        if (mayQuit()) {
            stage.close();
        }
    }

    private boolean mayQuit() {
        return UnsavedCorrectionsWarning.mayLetGo(stage, model, "Quit and lose them", "Don't quit");
    }

    // ---- opening ----

    /** Opens files and folders off the UI thread, with progress in the status bar. */
    public void open(List<Path> inputs) {
        StoreLocation store = StoreLocation.defaultLocation();
        // the first cables listed, the rest listed and read in the background: the first cable shows at once
        open(inputs, () -> Workspace.openStreaming(inputs, store, MainWindow.this::runLater, listingHook));
    }

    /** Shows the workspace {@code opening} opens (off the UI thread): the one the launcher started early. */
    void open(List<Path> inputs, java.util.concurrent.Callable<Workspace> opening) {
        if (!UnsavedCorrectionsWarning.mayLetGo(stage, model, "Open and lose them", "Don't open")) {
            model.say("Not opened: the corrections of the cables open now are not saved yet");
            return; // the cables open now are let go once the new ones are opened
        }
        Workspace current = model.workspace();
        if (current != null && current.overlaps(inputs)) {
            // Opening again cables this window has open (File ▸ Open of the same folder, say after its files
            // changed, or its parent): let go of them first, saving, or the new workspace finds them locked as
            // if by another window, and both would write the same cables' corrections.
            current.close();
        }
        Task<Workspace> task = new Task<>() {
            @Override
            protected Workspace call() throws Exception {
                updateMessage("Opening " + describe(inputs) + "…");
                Workspace opened = opening.call();
                StartupTrace.step("first " + opened.size() + " cables listed");
                return opened;
            }
        };
        statusBar.progressProperty().bind(task.progressProperty());
        statusBar.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finishOpening();
            showOpened(inputs, task.getValue());
        });
        task.setOnFailed(e -> {
            finishOpening();
            Throwable problem = task.getException();
            model.say("Could not open " + describe(inputs) + ": " + problem.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not open " + describe(inputs) + ":\n" + problem.getMessage());
            alert.initOwner(stage);
            alert.show();
        });
        Thread thread = new Thread(task, "cabletag-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Shows a workspace whose first cables are listed: its first cable now, the corpus-wide work once all are
     * listed. On the UI thread; the launcher calls it before the window is first shown when the early opening
     * is already listed, so the first frame has the cable in it.
     */
    void showOpened(List<Path> inputs, Workspace opened) {
        whenStartedAndListed(opened, () -> {
            StartupTrace.step("all " + opened.size() + " cables listed");
            // corpus-wide: reads every cable, so not before the first one is shown and all are listed
            suggestions.attach(opened);
            followOpenedCorpus();
            onOpened.accept(opened);
        });
        model.open(opened);
        StartupTrace.step("first cable chosen and read");
        traceWhenAllRead(opened);
        rememberRecent(inputs);
        cableView.area().requestFocus();
    }

    /**
     * With the start-up trace on, says once when every cable of {@code opened} is read and how many of them
     * came from the summaries an earlier opening kept (unparsed): what a reopening saves is seen from outside.
     */
    private void traceWhenAllRead(Workspace opened) {
        if (!StartupTrace.wanted()) {
            return;
        }
        javafx.beans.value.ChangeListener<Number> traced = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (model.workspace() != opened) {
                    model.readProgressProperty().removeListener(this);
                } else if (now.doubleValue() >= 1 && opened.isListed()) {
                    StartupTrace.step("all " + opened.size() + " cables read, " + opened.readFromKeptSummaries()
                            + " of them from the kept summaries");
                    model.readProgressProperty().removeListener(this);
                }
            }
        };
        model.readProgressProperty().addListener(traced);
    }

    /** Runs {@code then} once, when the workspace's first cable is on screen and every cable is listed. */
    private void whenStartedAndListed(Workspace opened, Runnable then) {
        whenReady = new WhenReady(opened, then);
    }

    /** What waits for an opened workspace's start and the end of its listing. */
    private static final class WhenReady {
        final Workspace workspace;
        final Runnable then;
        boolean started;

        WhenReady(Workspace workspace, Runnable then) {
            this.workspace = workspace;
            this.then = then;
        }
    }

    private void startedNow() {
        if (whenReady != null && whenReady.workspace == model.workspace()) {
            whenReady.started = true;
            runWhenReady();
        }
    }

    private void runWhenReady() {
        WhenReady waiting = whenReady;
        if (waiting != null && waiting.started && model.workspace() == waiting.workspace && waiting.workspace.isListed()) {
            whenReady = null;
            waiting.then.run();
        }
    }

    private void finishOpening() {
        statusBar.progressProperty().unbind();
        statusBar.setProgress(0);
        statusBar.textProperty().unbind();
        statusBar.textProperty().bind(model.messageProperty());
    }

    private static String describe(List<Path> inputs) {
        return inputs.size() == 1 ? inputs.get(0).toString() : inputs.size() + " inputs";
    }

    private void rememberRecent(List<Path> inputs) {
        try {
            recent.remember(inputs);
        } catch (IOException e) {
            model.say("Could not update the recent list: " + e.getMessage());
        }
        refreshRecentMenu();
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (List<Path> entry : recent.load()) {
            MenuItem item = new MenuItem(entry.size() == 1 ? entry.get(0).toString() : entry.size() + " inputs: " + entry.get(0) + ", …");
            item.setOnAction(e -> open(entry));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open cables");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of cables");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            open(List.of(folder.toPath()));
        }
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (DroppedFiles.accepts(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            DroppedFiles dropped = DroppedFiles.of(e.getDragboard());
            dropped.refusal().ifPresentOrElse(model::say, () -> open(dropped.inputs()));
            e.setDropCompleted(dropped.openable());
            e.consume();
        });
    }

    private void saveCableAs() {
        if (model.document() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save cable as inline");
        chooser.setInitialFileName(Path.of(model.document().source().name()).getFileName().toString());
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveCableTo(file.toPath());
        }
    }

    /** Writes the current cable, corrected, as an inline file, through the exporter's inline format. */
    public void saveCableTo(Path target) {
        try {
            java.util.Optional<String> kept = new InlineSaver().saveCable(model.workspace(), model.currentCable(), target);
            model.say("Saved " + model.cableName() + " to " + target + kept.map(note -> "; " + note).orElse(""));
        } catch (IOException e) {
            model.say("Could not save: " + cabletag.formats.io.IoReason.describe(e));
        }
    }

    /** File ▸ Export (Ctrl+E): the shared exporter, with progress and Cancel. */
    public ExportDialog showExport() {
        ExportDialog dialog = new ExportDialog(stage, model);
        // the format chosen last in this window, not JSONL again: a CoNLL target typed into a dialog that went
        // back to JSONL got JSON lines
        if (lastExportFormat != null) {
            dialog.format().setValue(lastExportFormat);
        }
        dialog.format().valueProperty().addListener((o, was, now) -> lastExportFormat = now);
        dialog.show();
        return dialog;
    }

    /** The format last chosen in the export dialog of this window; null before one was. */
    private cabletag.formats.export.ExportFormat lastExportFormat;

    private void exportAllInline() {
        if (model.workspace() == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export all cables inline into a folder");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            exportAllInlineTo(folder.toPath());
        }
    }

    /**
     * Exports every cable, corrected, inline into {@code folder} through the exporter, on a worker thread
     * with the status bar's progress; the returned task says how it ended.
     */
    public Task<ExportSummary> exportAllInlineTo(Path folder) {
        Workspace workspace = model.workspace();
        Task<ExportSummary> export = new Task<>() {
            @Override
            protected ExportSummary call() throws Exception {
                // cancelled only by the JVM ending (kill): what it staged is removed on its way out
                try (ShutdownCancelsExports.Running run = ShutdownCancelsExports.jvm().start(() -> false)) {
                    return new InlineSaver().saveAll(workspace, folder,
                            (done, total, name) -> updateProgress(done, Math.max(1, total)), run.cancel());
                }
            }
        };
        statusBar.progressProperty().bind(export.progressProperty());
        export.setOnSucceeded(e -> {
            statusBar.progressProperty().unbind();
            statusBar.setProgress(0);
            model.say("Exported " + Counted.of(export.getValue().cables(), "cable", "cables") + " inline to " + folder
                    + ExportSummary.notesInOneLine(export.getValue().notes()));
        });
        export.setOnFailed(e -> {
            statusBar.progressProperty().unbind();
            statusBar.setProgress(0);
            Throwable failure = export.getException();
            model.say("Export failed: " + (failure instanceof IOException io ? cabletag.formats.io.IoReason.describe(io) : failure.getMessage()));
        });
        Thread thread = new Thread(export, "cabletag-export-inline");
        thread.setDaemon(true);
        thread.start();
        return export;
    }

    // ---- keys ----

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    /**
     * The window's one list of actions, in the order of the sheet and docs/KEYS.md; the menus, the
     * context menus, the sheet and the keys are all made from it.
     */
    private void defineActions() {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        WindowAction.Place file = WindowAction.Place.FILE;
        WindowAction.Place edit = WindowAction.Place.EDIT;
        WindowAction.Place label = WindowAction.Place.LABEL;
        WindowAction.Place review = WindowAction.Place.REVIEW;
        WindowAction.Place none = WindowAction.Place.NONE;
        actions.add("next-entity", "Next entity", "Tab", "Select the next entity", review, false,
                () -> model.selectNextEntity(caret()), key(KeyCode.TAB));
        actions.add("previous-entity", "Previous entity", "Shift+Tab", "Select the previous entity", review, false,
                () -> model.selectPreviousEntity(caret()), key(KeyCode.TAB, shift));
        actions.add("next-cable", "Next cable", "Ctrl+PageDown",
                "Next cable in the corpus list, as its filters and sort order show it (a cable the filters hide is skipped)", review, true, model::nextCable,
                key(KeyCode.PAGE_DOWN, ctrl));
        actions.add("previous-cable", "Previous cable", "Ctrl+PageUp", "Previous cable in the corpus list, as shown", review, true, model::previousCable,
                key(KeyCode.PAGE_UP, ctrl));
        actions.describe("label-keys", "1 2 3 4 … 9, 0", "Label PER, LOC, ORG, MISC, then further labels in the order of the"
                + " legend: relabel the selected entity, or tag the selected text (snapped to whole tokens); selected text that is an"
                + " entity's (a find match, a double-clicked word) relabels that entity");
        actions.add("new-label", "New label…", "N", "Tag the selection (or relabel the entity) with a new label; asks for its name (capital letters,"
                + " digits, _ or -, and no tag such as O or B-PER: a name the rule refuses keeps the dialog open, which says why)",
                label, false, this::askNewLabel, key(KeyCode.N));
        actions.add("delete", "Delete entity", "Delete / Backspace", "Delete the selected entity (its text stays)", edit, false,
                () -> { if (!suggestions.rejectSelected()) { onSelectedEntity(model::deleteSelected).run(); } }, key(KeyCode.DELETE), key(KeyCode.BACK_SPACE));
        actions.add("grow-start", "Grow start", "Alt+Left", "Move the entity's start one token left (grow)", edit, false,
                onSelectedEntity(model::growStart), key(KeyCode.LEFT, alt));
        actions.add("shrink-start", "Shrink start", "Alt+Right", "Move the entity's start one token right (shrink)", edit, false,
                onSelectedEntity(model::shrinkStart), key(KeyCode.RIGHT, alt));
        actions.add("grow-end", "Grow end", "Shift+Alt+Right", "Move the entity's end one token right (grow)", edit, false,
                onSelectedEntity(model::growEnd), key(KeyCode.RIGHT, alt, shift));
        actions.add("shrink-end", "Shrink end", "Shift+Alt+Left", "Move the entity's end one token left (shrink)", edit, false,
                onSelectedEntity(model::shrinkEnd), key(KeyCode.LEFT, alt, shift));
        actions.add("split", "Split entity", "S", "Split the selected entity at the caret's token boundary (or after its first token)",
                edit, false, onSelectedEntity(() -> model.split(caret())), key(KeyCode.S));
        actions.add("merge", "Merge with next", "M", "Merge the selected entity with the next one", edit, false,
                onSelectedEntity(model::mergeWithNext), key(KeyCode.M));
        actions.add("all-in-cable", "All occurrences in this cable…", "A",
                "Give every occurrence of the entity's text the entity's label in this cable: a preview lists them with their"
                        + " context and check boxes (occurrences you deleted or relabelled, parts of words and letters of spaced-out"
                        + " words start unchecked); Enter applies the checked ones as one undoable step, Escape cancels. An occurrence"
                        + " is the same spelling, case included; a word with only punctuation beside it (“Tehran.”, “(Tehran)”) is"
                        + " whole, one joined to more letters (“Tehran-based”, “Iranian”) is part of a word. On an entity, its own"
                        + " words are the text, never widened to the token around them",
                edit, false, onSelectedEntity(() -> showApplyPreview(OccurrenceScope.CABLE)), key(KeyCode.A));
        actions.add("all-in-corpus", "…in the corpus", "Shift+A", "The same in every cable of the corpus (one undoable step)",
                edit, false, onSelectedEntity(() -> showApplyPreview(OccurrenceScope.CORPUS)), key(KeyCode.A, shift));
        actions.add("delete-all-in-cable", "Delete all like it in this cable", "Shift+Delete",
                "Delete every entity with the selected one's text and label in this cable (one undoable step)", edit, false,
                onSelectedEntity(() -> model.deleteOccurrences(OccurrenceScope.CABLE)), key(KeyCode.DELETE, shift));
        actions.add("delete-all-in-corpus", "…in the corpus", "Ctrl+Shift+Delete",
                "The same in every cable of the corpus (one undoable step)", edit, false,
                onSelectedEntity(() -> model.deleteOccurrences(OccurrenceScope.CORPUS)), key(KeyCode.DELETE, ctrl, shift));
        actions.add("context-menu", "Menu of labels and edits", "Shift+F10 / ContextMenu",
                "The menu of labels and edits for the selection (right-click does the same where the mouse is)", none, false,
                this::showContextMenuAtFocus, key(KeyCode.F10, shift), key(KeyCode.CONTEXT_MENU));
        actions.describe("select-text", "Shift+arrows, Shift+Home/End", "Select text (then press a label key to tag it)");
        actions.describe("select-rows", "Shift+click, Ctrl+click, Shift+arrows in the entity table", "Select several rows;"
                + " a label key (1 … 9) relabels them all, Delete deletes them all, each as one undoable step");
        actions.describe("mouse", "Click / double-click / drag",
                "Select the entity under the mouse / select the word / select text, snapped to whole tokens; right-click for the menu");
        actions.add("find", "Find…", "Ctrl+F", "Find in the cable as you type, case ignored (`erbil` finds `ERBIL` and `Erbil`), also inside words:"
                + " the first match from the caret is selected and the bar shows which match of how many; Enter / Shift+Enter next / previous; Ctrl+T tags the match with the label"
                + " chosen in the find bar, and Enter then goes on to the next match", edit, true, findBar::show, key(KeyCode.F, ctrl));
        actions.add("find-next", "Find next", "F3", "Find next", edit, true, () -> findBar.find(true), key(KeyCode.F3));
        actions.add("find-previous", "Find previous", "Shift+F3", "Find previous", edit, true, () -> findBar.find(false),
                key(KeyCode.F3, shift));
        actions.add("mark-reviewed", "Mark reviewed, next unreviewed", "Ctrl+Enter",
                "Mark the cable reviewed and go to the next unreviewed one the corpus list shows, in its order (when none is"
                        + " left there, the status bar says so and the cable stays); Ctrl+Z takes the mark back and goes back to the cable",
                review, true, model::markReviewedAndNext,
                key(KeyCode.ENTER, ctrl));
        actions.add("mark-unreviewed", "Mark unreviewed", "Ctrl+Shift+Enter", "Mark the cable unreviewed again (back to in"
                + " progress). An edit of a reviewed cable does the same by itself and says so in the status bar; undoing the edit marks"
                + " it reviewed again", review, true,
                model::markUnreviewed, key(KeyCode.ENTER, ctrl, shift));
        actions.add("report", "Report card…", "Ctrl+Shift+R", "The tagger's report card: the tags as read scored against your"
                + " corrections (precision, recall, F1 per label, errors by kind, confusion, most frequent corrections, review"
                + " progress), with charts; reviewed cables only unless you choose all; recomputed after each edit",
                review, true, this::showReport, key(KeyCode.R, ctrl, shift));
        actions.add("consistency", "Consistency…", "Ctrl+Shift+K", "The Consistency view: one text with different labels, a text"
                + " tagged in one place and untagged elsewhere, name variants; relabel, tag, delete all or dismiss, one undoable step"
                + " (Show dismissed lists the dismissed findings to restore)",
                review, true, this::showConsistency, key(KeyCode.K, ctrl, shift));
        SuggestionActions.define(actions, suggestions, this::caret);
        actions.add("undo", "Undo", "Ctrl+Z", "Undo (the affected entity is selected and scrolled into view; the status bar says"
                + " what was undone)", edit, true, model::undo, key(KeyCode.Z, ctrl));
        actions.add("redo", "Redo", "Ctrl+Shift+Z / Ctrl+Y", "Redo", edit, true, model::redo, key(KeyCode.Z, ctrl, shift),
                key(KeyCode.Y, ctrl));
        actions.add("open-files", "Open files…", "Ctrl+O", "Open files", file, true, this::chooseFiles, key(KeyCode.O, ctrl));
        actions.add("open-folder", "Open folder…", "Ctrl+Shift+O", "Open a folder", file, true, this::chooseFolder,
                key(KeyCode.O, ctrl, shift));
        actions.add("save", "Save", "Ctrl+S", "Save the corrections now (they are also saved automatically); a store that cannot be written is"
                + " named with the reason in the status bar and the Problems pane, and the edits stay for the next Ctrl+S", file, true,
                model::save, key(KeyCode.S, ctrl));
        actions.add("save-inline", "Save cable as inline…", "Ctrl+Shift+S", "Save this cable, corrected, as an inline file",
                file, true, this::saveCableAs, key(KeyCode.S, ctrl, shift));
        actions.add("read-again", "Read cable again from disk", CorrectorModel.READ_AGAIN_KEY, "Read the shown cable again from its file,"
                + " changed on disk since the window read it (the status bar says so, and its row is marked ⟳): your corrections"
                + " are stored first and put back on the new text; those that no longer fit are named in the problems and kept in a copy",
                file, true, model::readAgain, key(KeyCode.F5));
        actions.add("export-all-inline", "Export all inline…", "", "Export every cable, corrected, inline into a folder", file,
                true, this::exportAllInline);
        actions.add("export", "Export…", "Ctrl+E", "Export: format (jsonl, conll, hf, brat, doccano, inline), tag scheme (IOB2/BIOES,"
                + " conll and hf), cables (this one, selected, reviewed, all), labels to keep / drop / rename, train/dev/test split"
                + " with seed, target; progress bar, Cancel (writes nothing), summary at the end, then Close (or Escape)", file, true,
                this::showExport, key(KeyCode.E, ctrl));
        actions.add("quit", "Quit", "Ctrl+Q", "Quit (saves first; corrections that cannot be saved are named, and you may stay)",
                file, true, this::quit, key(KeyCode.Q, ctrl));
        view.defineActions(actions);
        actions.add("cycle-focus", "Move the focus", "F6", "Move the focus: corpus → text → entities", none, true,
                this::cycleFocus, key(KeyCode.F6));
        actions.add("escape", "Back to the text", "Escape", "Close the find bar and go back to the text with the match selected"
                + " (a label key then tags it); otherwise back to the text and clear the text selection", none, true, this::escape,
                key(KeyCode.ESCAPE));
        actions.describe("menus", "F10", "Menus");
        actions.add("keys", "Keys", "F1 / ?", "The key sheet", WindowAction.Place.HELP, true, this::showSheet, key(KeyCode.F1));
        actions.add("about", "About cabletag", "", "The version, the runtime and where corrections are kept",
                WindowAction.Place.HELP, true, () -> AboutBox.show(stage));
        // the entity actions run only on an entity: greyed out in the menus, and their keys say why, otherwise
        WindowAction.Availability onEntity = new WindowAction.Availability(() -> selectedEntity() != null, this::noEntity);
        actions.onlyWhen(onEntity, "grow-start", "shrink-start", "grow-end", "shrink-end", "split", "merge", "all-in-cable",
                "all-in-corpus", "delete-all-in-cable", "delete-all-in-corpus");
        actions.onlyWhen(new WindowAction.Availability(() -> suggestions.selected() != null || selectedEntity() != null,
                this::noEntity), "delete");
        actions.onlyWhen(labelling, "new-label");
    }

    private boolean somethingToLabel() {
        var text = cableView.area().getSelection();
        return model.hasSomethingToLabel(text.getStart(), text.getEnd());
    }

    /**
     * The entity the selection stands for: selected text that is an entity's (as the label keys take it),
     * else, with no text selected, the selected entity; null when the selection is no entity.
     */
    private Span selectedEntity() {
        var text = cableView.area().getSelection();
        return text.getLength() > 0 ? model.entityOfSelection(text.getStart(), text.getEnd()) : model.selected();
    }

    private String noEntity() {
        String text = cableView.area().getSelectedText();
        return text.isBlank() ? "Select an entity first (Tab, click, or a row of the table)"
                : "“" + abbreviated(text) + "” is not an entity: select an entity first (Tab, click, or a row of the table),"
                        + " or press a label key to tag it";
    }

    private static String abbreviated(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 39) + "…" : flat;
    }

    /**
     * An entity action runs on the entity the selection stands for: selected text that is an entity's is
     * that entity, selected first, as a click on it would.
     */
    private Runnable onSelectedEntity(Runnable action) {
        return () -> {
            Span entity = selectedEntity();
            if (entity != null && !entity.equals(model.selected())) {
                model.select(entity);
            }
            action.run();
        };
    }

    /** Review ▸ Report card: opens the report over the open corpus (or brings it to the front and recomputes). */
    ReportView showReport() {
        if (model.workspace() == null) {
            model.say("Open cables first: the report card scores the open corpus");
            return null;
        }
        if (reportView == null || !reportView.stage().isShowing() || reportView.workspace() != model.workspace()) {
            if (reportView != null) {
                reportView.stage().close(); // the report of a corpus no longer open
            }
            reportView = new ReportView(stage, model.workspace(), suggestions);
            reportView.show();
        } else {
            reportView.stage().toFront();
            reportView.compute();
        }
        return reportView;
    }

    /** The Consistency and Report views, when open over the corpus just replaced, are rebuilt over the one now open. */
    private void followOpenedCorpus() {
        if (consistency != null && consistency.stage().isShowing() && consistency.workspace() != model.workspace()) {
            consistency.stage().close();
            showConsistency();
        }
        if (reportView != null && reportView.stage().isShowing() && reportView.workspace() != model.workspace()) {
            showReport();
        }
    }

    /** The Consistency view last opened, if any (tests). */
    ConsistencyView consistencyView() {
        return consistency;
    }

    /** The report view last opened, if any (tests). */
    ReportView reportView() {
        return reportView;
    }

    /**
     * A / Shift+A: the preview of "apply to all"; Enter in it applies the checked occurrences as one
     * undoable step. Returns the dialog shown, or null when there was nothing to preview (the status bar says why).
     */
    ApplyPreviewDialog showApplyPreview(OccurrenceScope scope) {
        var plan = model.planApplyToAll(scope);
        if (plan == null) {
            return null;
        }
        ApplyPreviewDialog dialog = new ApplyPreviewDialog(stage, plan, model::applyOccurrences);
        applyPreview = dialog;
        dialog.show();
        return dialog;
    }

    /** Ctrl+Shift+K: the Consistency view over the open corpus, its index built in the background. */
    ConsistencyView showConsistency() {
        if (model.workspace() == null) {
            return null;
        }
        if (consistency != null && consistency.stage().isShowing()) {
            consistency.stage().toFront();
            return consistency;
        }
        consistency = new ConsistencyView(stage, model, StoreLocation.defaultLocation());
        consistency.show();
        return consistency;
    }

    /** The last preview shown (tests). */
    ApplyPreviewDialog applyPreview() {
        return applyPreview;
    }

    /** The actions of the window, in the order of the sheet: what the menus, the sheet and the keys are made from. */
    public WindowActions actions() {
        return actions;
    }

    List<WindowAction> sheetRows() {
        return actions.sheetRows();
    }

    private int caret() {
        return cableView.area().getCaretPosition();
    }

    private void onKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ALT || event.getCode() == KeyCode.ALT_GRAPH) {
            event.consume();
            return;
        }
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        var action = actions.forKey(event, typing);
        if (action.isPresent()) {
            event.consume();
            if (action.get().available()) {
                action.get().handler().run();
            } else {
                model.say(action.get().when().whyNot().get()); // greyed out in the menus: the key says why
            }
            return;
        }
        if (!typing && event.getCode().isDigitKey() && !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()) {
            event.consume();
            int digit = event.getText() != null && event.getText().length() == 1 && Character.isDigit(event.getText().charAt(0))
                    ? event.getText().charAt(0) - '0'
                    : digitOf(event.getCode());
            var selection = cableView.area().getSelection();
            model.applyDigit(digit, selection.getStart(), selection.getEnd());
        }
    }

    private static int digitOf(KeyCode code) {
        String name = code.getName();
        return name.charAt(name.length() - 1) - '0';
    }

    private void onKeyTyped(KeyEvent event) {
        boolean typing = scene.getFocusOwner() instanceof TextInputControl;
        if (!typing && "?".equals(event.getCharacter())) {
            event.consume();
            showSheet();
        } else if (!typing) {
            // The text area is not editable, but nothing typed should ever reach it.
            Node owner = scene.getFocusOwner();
            if (owner == cableView.area()) {
                event.consume();
            }
        }
    }

    private void showSheet() {
        ShortcutSheet.show(stage, sheetRows(), model.palette());
    }

    private void cycleFocus() {
        Node owner = scene.getFocusOwner();
        if (owner == corpusPane.table()) {
            cableView.area().requestFocus();
        } else if (owner == cableView.area()) {
            entityTable.table().requestFocus();
        } else {
            corpusPane.table().requestFocus();
        }
    }

    /**
     * Closes the find bar and goes back to the text with the match still selected, so a label key tags
     * it (the find bar's own Escape meant this, but this scene filter sees Escape first); otherwise
     * clears the text selection.
     */
    private void escape() {
        if (findBar.isVisible()) {
            findBar.hide();
            return;
        }
        cableView.area().deselect();
        cableView.area().requestFocus();
    }

    private void askNewLabel() {
        NewLabelDialog dialog = new NewLabelDialog(stage);
        newLabelDialog = dialog;
        dialog.showAndWait().ifPresent(label -> {
            var selection = cableView.area().getSelection();
            model.applyLabel(label, selection.getStart(), selection.getEnd());
        });
    }

    /** The new-label dialog last opened (tests). */
    NewLabelDialog newLabelDialog() {
        return newLabelDialog;
    }

    // ---- menus ----

    private MenuBar menuBar() {
        Menu file = actions.menu(WindowAction.Place.FILE, "save", "quit");
        file.getItems().add(2, recentMenu);
        refreshRecentMenu();
        Menu edit = actions.menu(WindowAction.Place.EDIT, "delete", "find");
        Menu labels = actions.menu(WindowAction.Place.LABEL);
        labels.setOnShowing(e -> fillLabelMenu(labels.getItems()));
        Menu review = actions.menu(WindowAction.Place.REVIEW, "mark-reviewed");
        Menu viewMenu = actions.menu(WindowAction.Place.VIEW, "zoom-in", "theme-light");
        markCurrentTheme(viewMenu);
        Menu help = actions.menu(WindowAction.Place.HELP);
        MenuBar bar = new MenuBar(file, edit, labels, review, viewMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * View ▸ Theme: Light / Dark show which theme is on (radio items of one group, following the theme however
     * it changes), and switching says so in the status bar: nothing else told that the choice was taken.
     */
    private void markCurrentTheme(Menu viewMenu) {
        javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
        List<MenuItem> items = viewMenu.getItems();
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = items.get(i);
            for (Theme theme : Theme.values()) {
                if (("action-theme-" + theme.key()).equals(item.getId())) {
                    javafx.scene.control.RadioMenuItem marked = new javafx.scene.control.RadioMenuItem(item.getText());
                    marked.setId(item.getId());
                    marked.getProperties().putAll(item.getProperties());
                    marked.setOnAction(item.getOnAction());
                    marked.setToggleGroup(themes);
                    marked.setSelected(view.themeProperty().get() == theme);
                    view.themeProperty().addListener((o, was, now) -> marked.setSelected(now == theme));
                    items.set(i, marked);
                }
            }
        }
        view.themeProperty().addListener((o, was, now) -> model.say("Theme: " + now.title() + " (remembered)"));
    }

    /** Every label with its digit key, then New label…: the Label menu and the top of the context menus. */
    private void fillLabelMenu(List<MenuItem> items) {
        items.clear();
        var text = cableView.area().getSelection();
        // the rule of the label keys: selected text tags, unless it is an entity's text, which it relabels
        boolean tagging = text.getLength() > 0 ? model.entityOfSelection(text.getStart(), text.getEnd()) == null
                : model.selected() == null;
        for (cabletag.core.Label label : model.palette().labels()) {
            var key = model.palette().keyOf(label);
            MenuItem item = WindowActions.item("label-" + label.name(), (tagging ? "Tag as " : "Relabel as ") + label.name(),
                    key.isPresent() ? String.valueOf(key.getAsInt()) : "", () -> {
                        var selection = cableView.area().getSelection();
                        model.applyLabel(label, selection.getStart(), selection.getEnd());
                    });
            item.setDisable(!labelling.available().getAsBoolean());
            items.add(item);
        }
        items.add(actions.item("new-label"));
    }

    /** The context menus of the text and of the entity table: the labels, then the edits, all from the action list. */
    private void fillContextMenu(ContextMenu menu) {
        fillLabelMenu(menu.getItems());
        menu.getItems().add(new SeparatorMenuItem());
        for (String id : List.of("delete", "delete-all-in-cable", "delete-all-in-corpus", "split", "merge", "all-in-cable",
                "all-in-corpus")) {
            menu.getItems().add(actions.item(id));
        }
    }

    /**
     * Right-click on the text selects the entity under the mouse first (as a click does, unless text is
     * selected), then shows the menu there; right-click on a row selects the row (the table does that
     * itself). Shift+F10 and the ContextMenu key show the same menus at the selection.
     */
    private void installContextMenus() {
        var area = cableView.area();
        // The mouse's secondary button itself, not only the platform's context-menu event: some platforms
        // (and the headless one) send none. Pressing it must not move the caret or drop the selection.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                e.consume();
                if (area.getSelection().getLength() == 0 && model.document() != null) {
                    int at = CableView.characterUnder(area, e.getX(), e.getY());
                    model.document().spans().innermostAt(at).ifPresent(model::select);
                }
                area.requestFocus();
                showMenu(textMenu(), area, e.getScreenX(), e.getScreenY());
            }
        });
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            e.consume();
            if (!textMenu().isShowing()) {
                showMenu(textMenu(), area, e.getScreenX(), e.getScreenY());
            }
        });
        var table = entityTable.table();
        // Once the analyst works in the table, its rows are the selection: text left selected in the text area
        // would otherwise take the label keys and the table's menu (they act on selected text first), so a
        // Relabel chosen on a row tagged that text instead.
        table.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                area.deselect();
            }
        });
        // The table selects the row under the mouse on the press; the menu comes on the release.
        table.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                showMenu(tableMenu(), table, e.getScreenX(), e.getScreenY());
            }
        });
        table.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            e.consume();
            if (!tableMenu().isShowing()) {
                showMenu(tableMenu(), table, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private void showMenu(ContextMenu menu, Node owner, double screenX, double screenY) {
        if (menu == tableMenu) {
            cableView.area().deselect(); // the table's menu acts on its rows (see installContextMenus)
        }
        for (ContextMenu open : new ContextMenu[] {textMenu, tableMenu}) {
            if (open != null) { // hiding a menu not made yet would make it
                open.hide();
            }
        }
        fillContextMenu(menu);
        menu.show(owner, screenX, screenY);
    }

    /** Shift+F10 or the ContextMenu key: the menu of the focused table or text, at its selection. */
    private void showContextMenuAtFocus() {
        if (scene.getFocusOwner() == entityTable.table()) {
            var table = entityTable.table();
            Bounds bounds = table.localToScreen(table.getBoundsInLocal());
            showMenu(tableMenu(), table, bounds.getMinX() + bounds.getWidth() / 3, bounds.getMinY() + 40);
            return;
        }
        var area = cableView.area();
        Bounds at = area.getSelection().getLength() > 0
                ? area.getSelectionBounds().orElse(null)
                : model.selected() != null
                        ? area.getCharacterBoundsOnScreen(model.selected().start(), model.selected().end()).orElse(null)
                        : area.getCaretBounds().orElse(null);
        if (at == null) {
            at = area.localToScreen(area.getBoundsInLocal());
        }
        showMenu(textMenu(), area, at.getMinX(), at.getMaxY());
    }

    /** The text's context menu. */
    ContextMenu textMenu() {
        if (textMenu == null) {
            textMenu = new ContextMenu();
            textMenu.setId("text-menu");
        }
        return textMenu;
    }

    /** The entity table's context menu. */
    ContextMenu tableMenu() {
        if (tableMenu == null) {
            tableMenu = new ContextMenu();
            tableMenu.setId("table-menu");
        }
        return tableMenu;
    }

    private Node buildStatusBar() {
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(model.messageProperty());
        fileLabel.setId("status-file");
        countsLabel.setId("status-counts");
        progressLabel.setId("status-progress");
        saveLabel.setId("status-save");
        problemsLabel.setId("status-problems");
        Label afterFile = sep();
        Label afterCounts = sep();
        Label beforeProblems = sep();
        statusBar.getRightItems().addAll(fileLabel, afterFile, countsLabel, afterCounts, progressLabel, beforeProblems,
                problemsLabel, sep(), saveLabel);
        // the counters are never cut to "…"; while a long message needs the room, those shown elsewhere too
        // step aside: the file's name (the corpus pane), the counts (the entity and problem panes), the
        // reading problems (the problems pane). The review progress and the save state stay.
        statusBar.getRightItems().forEach(item -> ((Label) item).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        statusBar.givesWay(fileLabel, afterFile);
        statusBar.givesWay(countsLabel, afterCounts);
        statusBar.givesWay(problemsLabel, beforeProblems);
        Runnable update = this::updateStatus;
        model.documentProperty().addListener((o, a, b) -> update.run());
        model.dirtyProperty().addListener((o, a, b) -> update.run());
        model.reviewedCountProperty().addListener((o, a, b) -> update.run());
        model.problemCountProperty().addListener((o, a, b) -> update.run());
        model.problems().shownCountProperty().addListener((o, a, b) -> update.run()); // "… problems here": its row's
        model.listedProperty().addListener((o, a, b) -> update.run());
        model.cables().addListener((javafx.collections.ListChangeListener<Object>) c -> update.run());
        // filtered or sorted: the shown cable's place in the list changed
        corpusPane.table().getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> update.run());
        model.readProgressProperty().addListener((o, was, now) -> {
            update.run();
            if (!statusBar.progressProperty().isBound()) { // bound while a folder is being listed
                statusBar.setProgress(now.doubleValue() < 1 ? now.doubleValue() : 0);
            }
        });
        updateStatus();
        return new VBox(statusBar);
    }

    private static Label sep() {
        return new Label(" | ");
    }

    private void updateStatus() {
        var doc = model.document();
        fileLabel.setText(doc == null ? "no cable" : ShownName.of(model.cableName()) + " "
                + ListedPosition.of(model.listed(), model.currentCable(), model.cables().size()));
        countsLabel.setText(doc == null ? "" : count(doc.spans().size(), "entity", "entities") + ", "
                + count(model.problems().shownCountProperty().get(), "problem", "problems") + " here");
        double read = model.readProgressProperty().get();
        progressLabel.setText("Reviewed " + Counted.number(model.reviewedCountProperty().get()) + "/"
                + Counted.number(model.cables().size())
                + (!model.listedProperty().get() ? " · listing " + Counted.of(model.cables().size(), "cable", "cables") + "…"
                : read < 1 ? String.format(" · reading %d%%", (int) (read * 100)) : ""));
        int problems = model.problemCountProperty().get();
        problemsLabel.setText(Counted.of(problems, "reading problem", "reading problems"));
        problemsLabel.getStyleClass().remove("problem-count");
        if (problems > 0) {
            problemsLabel.getStyleClass().add("problem-count");
        }
        saveLabel.setText(saveState());
    }

    /**
     * What is not stored yet. Corrections re-applied whole are stored at once; those that could not all be put
     * back wait for Ctrl+S or the next edit (storing drops what did not fit; a copy is kept), and say so.
     */
    private String saveState() {
        if (!model.dirtyProperty().get()) {
            return "All saved";
        }
        Workspace open = model.workspace();
        if (open != null && open.saveFailure().isPresent()) {
            return "Not saved: the store cannot be written"; // the Problems pane and Ctrl+S say why
        }
        int partly = open == null ? 0 : open.unsavedPartlyReapplied();
        return partly == 0 ? "Unsaved changes"
                : "Unsaved: " + Counted.of(partly, "cable", "cables") + " partly re-applied (Ctrl+S stores)";
    }

    private static String count(int n, String one, String many) {
        return Counted.of(n, one, many); // "100,000 entities", as the corpus list and the tables write counts
    }

    void runLater(Runnable runnable) {
        Platform.runLater(runnable);
    }
}
