package cabletag.ui;

import cabletag.core.Span;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.workspace.OccurrenceScope;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
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
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The corrector window: corpus and problems on the left, the highlighted cable in the centre, its
 * entities on the right, the status bar below. Owns the key handling: one list of shortcuts drives
 * both the keys and the F1 sheet, and a scene-level filter sees every key before any control, so the
 * text area never types and Tab never leaves for another control.
 */
public final class MainWindow {

    private final Stage stage;
    private final CorrectorModel model = new CorrectorModel();
    private final CableView cableView;
    private final CorpusPane corpusPane;
    private final EntityTable entityTable;
    private final ProblemsPane problemsPane;
    private final FindBar findBar;
    private final StatusBar statusBar = new StatusBar();
    private final Label fileLabel = new Label();
    private final Label countsLabel = new Label();
    private final Label progressLabel = new Label();
    private final Label saveLabel = new Label();
    private final Label problemsLabel = new Label();
    private final Menu recentMenu = new Menu("Open recent");
    private final RecentInputs recent;
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final Scene scene;
    private Consumer<Workspace> onOpened = ws -> { };
    private ApplyPreviewDialog applyPreview;

    public MainWindow(Stage stage) {
        this.stage = stage;
        this.recent = new RecentInputs(StoreLocation.defaultLocation().root().resolve("recent.txt"));
        cableView = new CableView(model);
        corpusPane = new CorpusPane(model);
        entityTable = new EntityTable(model);
        problemsPane = new ProblemsPane(model);
        findBar = new FindBar(model, cableView);
        problemsPane.setJumper(cableView::moveTo);

        SplitPane left = new SplitPane(corpusPane, problemsPane);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.72);
        BorderPane centre = new BorderPane(cableView);
        centre.setTop(findBar);
        SplitPane main = new SplitPane(left, centre, entityTable);
        main.setDividerPositions(0.22, 0.76);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(entityTable, false);

        defineShortcuts();
        BorderPane root = new BorderPane(main);
        root.setTop(menuBar());
        root.setBottom(buildStatusBar());
        cableView.area().setContextMenu(contextMenu());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1500, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
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
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, model.documentProperty(), model.dirtyProperty()));
        stage.setOnHidden(e -> {
            if (model.workspace() != null) {
                model.workspace().close();
            }
        });
    }

    public CorrectorModel model() {
        return model;
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

    public FindBar findBar() {
        return findBar;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public List<Shortcut> shortcuts() {
        return List.copyOf(shortcuts);
    }

    public Scene scene() {
        return scene;
    }

    /** Called on the UI thread once a workspace is open and shown (tests, benchmarks). */
    public void setOnOpened(Consumer<Workspace> onOpened) {
        this.onOpened = onOpened == null ? ws -> { } : onOpened;
    }

    private String title() {
        String name = model.document() == null ? "" : model.document().source().name() + " — ";
        return name + "cabletag" + (model.dirtyProperty().get() ? " •" : "");
    }

    // ---- opening ----

    /** Opens files and folders off the UI thread, with progress in the status bar. */
    public void open(List<Path> inputs) {
        StoreLocation store = StoreLocation.defaultLocation();
        Workspace current = model.workspace();
        if (current != null && current.overlaps(inputs)) {
            // Opening again cables this window has open (File ▸ Open of the same folder, say after its files
            // changed, or its parent): let go of them first, saving, or the new workspace finds them locked as
            // if by another window, and both would write the same cables' corrections.
            current.close();
        }
        Task<Workspace> opening = new Task<>() {
            @Override
            protected Workspace call() throws Exception {
                updateMessage("Opening " + describe(inputs) + "…");
                return Workspace.open(inputs, store, fraction -> updateProgress(fraction, 1.0));
            }
        };
        statusBar.progressProperty().bind(opening.progressProperty());
        statusBar.textProperty().bind(opening.messageProperty());
        opening.setOnSucceeded(e -> {
            finishOpening();
            model.open(opening.getValue());
            rememberRecent(inputs);
            cableView.area().requestFocus();
            onOpened.accept(opening.getValue());
        });
        opening.setOnFailed(e -> {
            finishOpening();
            Throwable problem = opening.getException();
            model.say("Could not open " + describe(inputs) + ": " + problem.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not open " + describe(inputs) + ":\n" + problem.getMessage());
            alert.initOwner(stage);
            alert.show();
        });
        Thread thread = new Thread(opening, "cabletag-open");
        thread.setDaemon(true);
        thread.start();
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
            new InlineSaver().saveCable(model.workspace(), model.currentCable(), target);
            model.say("Saved " + model.document().source().name() + " to " + target);
        } catch (IOException e) {
            model.say("Could not save: " + ExportTarget.describe(e));
        }
    }

    /** File ▸ Export (Ctrl+E): the shared exporter, with progress and Cancel. */
    public ExportDialog showExport() {
        ExportDialog dialog = new ExportDialog(stage, model);
        dialog.show();
        return dialog;
    }

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
                return new InlineSaver().saveAll(workspace, folder,
                        (done, total, name) -> updateProgress(done, Math.max(1, total)), () -> false);
            }
        };
        statusBar.progressProperty().bind(export.progressProperty());
        export.setOnSucceeded(e -> {
            statusBar.progressProperty().unbind();
            statusBar.setProgress(0);
            model.say("Exported " + export.getValue().cables() + " cables inline to " + folder);
        });
        export.setOnFailed(e -> {
            statusBar.progressProperty().unbind();
            statusBar.setProgress(0);
            Throwable failure = export.getException();
            model.say("Export failed: " + (failure instanceof IOException io ? ExportTarget.describe(io) : failure.getMessage()));
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

    private void defineShortcuts() {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        shortcuts.add(new Shortcut("Tab", "Select the next entity", false,
                () -> model.selectNextEntity(caret()), key(KeyCode.TAB)));
        shortcuts.add(new Shortcut("Shift+Tab", "Select the previous entity", false,
                () -> model.selectPreviousEntity(caret()), key(KeyCode.TAB, shift)));
        shortcuts.add(new Shortcut("Ctrl+PageDown", "Next cable", true, model::nextCable, key(KeyCode.PAGE_DOWN, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+PageUp", "Previous cable", true, model::previousCable, key(KeyCode.PAGE_UP, ctrl)));
        shortcuts.add(new Shortcut("Delete / Backspace", "Delete the selected entity (its text stays)", false,
                model::deleteSelected, key(KeyCode.DELETE), key(KeyCode.BACK_SPACE)));
        shortcuts.add(new Shortcut("Alt+Left", "Grow the selected entity by one token at its start", false,
                model::growStart, key(KeyCode.LEFT, alt)));
        shortcuts.add(new Shortcut("Alt+Right", "Shrink the selected entity by one token at its start", false,
                model::shrinkStart, key(KeyCode.RIGHT, alt)));
        shortcuts.add(new Shortcut("Shift+Alt+Right", "Grow the selected entity by one token at its end", false,
                model::growEnd, key(KeyCode.RIGHT, alt, shift)));
        shortcuts.add(new Shortcut("Shift+Alt+Left", "Shrink the selected entity by one token at its end", false,
                model::shrinkEnd, key(KeyCode.LEFT, alt, shift)));
        shortcuts.add(new Shortcut("S", "Split the selected entity at the caret (or after its first token)", false,
                () -> model.split(caret()), key(KeyCode.S)));
        shortcuts.add(new Shortcut("M", "Merge the selected entity with the next one", false,
                model::mergeWithNext, key(KeyCode.M)));
        shortcuts.add(new Shortcut("Shift+Delete", "Delete every entity with the selected one's text and label in this cable (one step)", false,
                () -> model.deleteOccurrences(OccurrenceScope.CABLE), key(KeyCode.DELETE, shift)));
        shortcuts.add(new Shortcut("Ctrl+Shift+Delete", "… in the whole corpus", false,
                () -> model.deleteOccurrences(OccurrenceScope.CORPUS), key(KeyCode.DELETE, ctrl, shift)));
        shortcuts.add(new Shortcut("A", "Apply the selected entity's label to every occurrence of its text in this cable (preview first)", false,
                () -> showApplyPreview(OccurrenceScope.CABLE), key(KeyCode.A)));
        shortcuts.add(new Shortcut("Shift+A", "Apply it to every occurrence in the whole corpus (preview first)", false,
                () -> showApplyPreview(OccurrenceScope.CORPUS), key(KeyCode.A, shift)));
        shortcuts.add(new Shortcut("N", "Tag the selection with a new label (asks for its name)", false,
                this::askNewLabel, key(KeyCode.N)));
        shortcuts.add(new Shortcut("Ctrl+Enter", "Mark this cable reviewed and go to the next unreviewed one", true,
                model::markReviewedAndNext, key(KeyCode.ENTER, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+Shift+Enter", "Mark this cable unreviewed again (in progress)", true,
                model::markUnreviewed, key(KeyCode.ENTER, ctrl, shift)));
        shortcuts.add(new Shortcut("Ctrl+Z", "Undo", true, model::undo, key(KeyCode.Z, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+Shift+Z / Ctrl+Y", "Redo", true, model::redo,
                key(KeyCode.Z, ctrl, shift), key(KeyCode.Y, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+F", "Find in this cable (Enter next, Shift+Enter previous, Ctrl+T tags the match)", true,
                findBar::show, key(KeyCode.F, ctrl)));
        shortcuts.add(new Shortcut("F3 / Shift+F3", "Find next / previous", true, () -> findBar.find(true), key(KeyCode.F3)));
        shortcuts.add(new Shortcut("", "", true, () -> findBar.find(false), key(KeyCode.F3, shift)));
        shortcuts.add(new Shortcut("Ctrl+S", "Save the corrections now (they are also saved automatically)", true,
                model::save, key(KeyCode.S, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+Shift+S", "Save this cable, corrected, as an inline file (lossless)", true,
                this::saveCableAs, key(KeyCode.S, ctrl, shift)));
        shortcuts.add(new Shortcut("Ctrl+E", "Export: format, scheme, cables, labels, split, target; progress, Cancel and a summary", true,
                this::showExport, key(KeyCode.E, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+O", "Open files", true, this::chooseFiles, key(KeyCode.O, ctrl)));
        shortcuts.add(new Shortcut("Ctrl+Shift+O", "Open a folder", true, this::chooseFolder, key(KeyCode.O, ctrl, shift)));
        shortcuts.add(new Shortcut("F6", "Move the focus: corpus, text, entities", true, this::cycleFocus, key(KeyCode.F6)));
        shortcuts.add(new Shortcut("Escape", "Close the find bar (the match stays selected: a label key tags it); back to the text; clear the text selection", true, this::escape, key(KeyCode.ESCAPE)));
        shortcuts.add(new Shortcut("F1 / ?", "This sheet", true, this::showSheet, key(KeyCode.F1)));
        shortcuts.add(new Shortcut("Ctrl+Q", "Quit (saves first)", true, stage::close, key(KeyCode.Q, ctrl)));
        shortcuts.add(new Shortcut("Arrows, Home/End, PageUp/Down", "Move the caret; with Shift, select text (then press a label key)", false,
                () -> { }));
        shortcuts.add(new Shortcut("Click / drag", "Select the entity under the mouse / select text; right-click for the menu", false,
                () -> { }));
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

    /** The last preview shown (tests). */
    ApplyPreviewDialog applyPreview() {
        return applyPreview;
    }

    List<Shortcut> sheetRows() {
        return shortcuts.stream().filter(s -> !s.keys().isEmpty()).toList();
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
        for (Shortcut shortcut : shortcuts) {
            if ((shortcut.global() || !typing) && shortcut.matches(event)) {
                event.consume();
                shortcut.action().run();
                return;
            }
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
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle("New label");
        dialog.setHeaderText("Name of the new label (capital letters, digits, _ or -), e.g. DATE");
        dialog.showAndWait().ifPresent(name -> {
            String trimmed = name.trim().toUpperCase(java.util.Locale.ROOT);
            if (!cabletag.core.Label.isValidName(trimmed)) {
                model.say("'" + name + "' is not a label name: capital letters, digits, _ or -, starting with a letter");
                return;
            }
            var selection = cableView.area().getSelection();
            model.applyLabel(cabletag.core.Label.of(trimmed), selection.getStart(), selection.getEnd());
        });
    }

    // ---- menus ----

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open files…", "Ctrl+O", this::chooseFiles),
                item("Open folder…", "Ctrl+Shift+O", this::chooseFolder),
                recentMenu,
                new SeparatorMenuItem(),
                item("Save", "Ctrl+S", model::save),
                item("Save cable as inline…", "Ctrl+Shift+S", this::saveCableAs),
                item("Export all inline…", "", this::exportAllInline),
                item("Export…", "Ctrl+E", this::showExport),
                new SeparatorMenuItem(),
                item("Quit", "Ctrl+Q", stage::close));
        refreshRecentMenu();
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item("Undo", "Ctrl+Z", model::undo),
                item("Redo", "Ctrl+Shift+Z", model::redo),
                new SeparatorMenuItem(),
                item("Delete entity", "Delete", model::deleteSelected),
                item("Delete all like it in cable", "Shift+Delete", () -> model.deleteOccurrences(OccurrenceScope.CABLE)),
                item("Delete all like it in corpus", "Ctrl+Shift+Delete", () -> model.deleteOccurrences(OccurrenceScope.CORPUS)),
                item("Grow start", "Alt+Left", model::growStart),
                item("Shrink start", "Alt+Right", model::shrinkStart),
                item("Grow end", "Shift+Alt+Right", model::growEnd),
                item("Shrink end", "Shift+Alt+Left", model::shrinkEnd),
                item("Split entity", "S", () -> model.split(caret())),
                item("Merge with next", "M", model::mergeWithNext),
                item("Apply to all in cable…", "A", () -> showApplyPreview(OccurrenceScope.CABLE)),
                item("Apply to all in corpus…", "Shift+A", () -> showApplyPreview(OccurrenceScope.CORPUS)),
                new SeparatorMenuItem(),
                item("Find…", "Ctrl+F", findBar::show));
        Menu labels = new Menu("Label");
        labels.setOnShowing(e -> fillLabelMenu(labels));
        labels.getItems().add(new MenuItem("…"));
        Menu review = new Menu("Review");
        review.getItems().addAll(
                item("Mark reviewed, next unreviewed", "Ctrl+Enter", model::markReviewedAndNext),
                item("Mark unreviewed", "Ctrl+Shift+Enter", model::markUnreviewed),
                item("Next cable", "Ctrl+PageDown", model::nextCable),
                item("Previous cable", "Ctrl+PageUp", model::previousCable),
                item("Next entity", "Tab", () -> model.selectNextEntity(caret())),
                item("Previous entity", "Shift+Tab", () -> model.selectPreviousEntity(caret())));
        Menu help = new Menu("Help");
        help.getItems().add(item("Keys", "F1", this::showSheet));
        MenuBar bar = new MenuBar(file, edit, labels, review, help);
        bar.setId("menu-bar");
        return bar;
    }

    private void fillLabelMenu(Menu menu) {
        menu.getItems().clear();
        for (cabletag.core.Label label : model.palette().labels()) {
            var key = model.palette().keyOf(label);
            menu.getItems().add(item("Label " + label.name(), key.isPresent() ? String.valueOf(key.getAsInt()) : "", () -> {
                var selection = cableView.area().getSelection();
                model.applyLabel(label, selection.getStart(), selection.getEnd());
            }));
        }
        menu.getItems().add(item("New label…", "N", this::askNewLabel));
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (cabletag.core.Label label : model.palette().labels()) {
                var key = model.palette().keyOf(label);
                MenuItem item = item((model.selected() == null || cableView.area().getSelection().getLength() > 0 ? "Tag as " : "Relabel as ")
                        + label.name(), key.isPresent() ? String.valueOf(key.getAsInt()) : "", () -> {
                            var selection = cableView.area().getSelection();
                            model.applyLabel(label, selection.getStart(), selection.getEnd());
                        });
                item.setId("context-label-" + label.name());
                menu.getItems().add(item);
            }
            menu.getItems().addAll(item("New label…", "N", this::askNewLabel),
                    new SeparatorMenuItem(),
                    item("Delete entity", "Delete", model::deleteSelected),
                    item("Split entity", "S", () -> model.split(caret())),
                    item("Merge with next", "M", model::mergeWithNext),
                    item("Apply to all in cable…", "A", () -> showApplyPreview(OccurrenceScope.CABLE)),
                    item("Apply to all in corpus…", "Shift+A", () -> showApplyPreview(OccurrenceScope.CORPUS)));
        });
        // Right-click selects the entity under the mouse first, so the menu acts on what was clicked.
        cableView.area().setOnContextMenuRequested(e -> {
            if (cableView.area().getSelection().getLength() == 0) {
                var hit = cableView.area().hit(e.getX(), e.getY());
                Span under = model.document() == null ? null
                        : model.document().spans().innermostAt(hit.getInsertionIndex()).orElse(null);
                if (under != null) {
                    model.select(under);
                }
            }
        });
        return menu;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(keys.isEmpty() ? text : text + "    (" + keys + ")");
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node buildStatusBar() {
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(model.messageProperty());
        fileLabel.setId("status-file");
        countsLabel.setId("status-counts");
        progressLabel.setId("status-progress");
        saveLabel.setId("status-save");
        problemsLabel.setId("status-problems");
        statusBar.getRightItems().addAll(fileLabel, sep(), countsLabel, sep(), progressLabel, sep(), problemsLabel, sep(), saveLabel);
        Runnable update = this::updateStatus;
        model.documentProperty().addListener((o, a, b) -> update.run());
        model.dirtyProperty().addListener((o, a, b) -> update.run());
        model.reviewedCountProperty().addListener((o, a, b) -> update.run());
        model.problemCountProperty().addListener((o, a, b) -> update.run());
        model.cables().addListener((javafx.collections.ListChangeListener<Object>) c -> update.run());
        updateStatus();
        return new VBox(statusBar);
    }

    private static Label sep() {
        return new Label(" | ");
    }

    private void updateStatus() {
        var doc = model.document();
        fileLabel.setText(doc == null ? "no cable" : doc.source().name() + " (" + (model.currentCable() + 1) + "/" + model.cables().size() + ")");
        countsLabel.setText(doc == null ? "" : count(doc.spans().size(), "entity", "entities") + ", "
                + count(doc.diagnostics().size(), "problem", "problems") + " here");
        progressLabel.setText("Reviewed " + model.reviewedCountProperty().get() + "/" + model.cables().size());
        int problems = model.problemCountProperty().get();
        problemsLabel.setText(problems + (problems == 1 ? " reading problem" : " reading problems"));
        problemsLabel.getStyleClass().remove("problem-count");
        if (problems > 0) {
            problemsLabel.getStyleClass().add("problem-count");
        }
        saveLabel.setText(model.dirtyProperty().get() ? "Unsaved changes" : "All saved");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    void runLater(Runnable runnable) {
        Platform.runLater(runnable);
    }
}
