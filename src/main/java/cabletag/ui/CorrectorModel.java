package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.ShownName;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.core.text.Token;
import cabletag.core.text.Tokenizer;
import cabletag.workspace.CableEntry;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.Occurrence;
import cabletag.workspace.OccurrencePlan;
import cabletag.workspace.OccurrenceScope;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.Selection;
import cabletag.workspace.StoreWriteException;
import cabletag.workspace.StoreWriteFailure;
import cabletag.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The corrector's state and commands, between the views and the workspace: which cable is shown,
 * which entity is selected, and every correction the keys trigger. Plain Java with observable
 * properties, so it is tested without starting JavaFX. Edits go through the workspace (the only undo
 * history); the model then tells the text view exactly which range to restyle.
 */
public final class CorrectorModel {

    /** What the text view must do after a change. */
    public interface TextListener {
        /** This cable is about to be shown, before the tables update: slow preparation can start now. */
        default void cableComing(Document document) {
        }

        /** Another cable (or a fresh copy of it) is shown: set text and styles from scratch. */
        void cableShown(Document document);

        /** Spans of the shown cable changed within {@code [from, to)}; restyle only there. */
        void rangeChanged(Document document, int from, int to);

        /** Select and scroll to this span (null: nothing). */
        void reveal(Span span);
    }

    private Workspace workspace;
    private final LabelPalette palette = new LabelPalette();
    private final CableRows cables = new CableRows();
    /** How much of the corpus the background reader has read, 0..1 (1 when all is read). */
    private final javafx.beans.property.ReadOnlyDoubleWrapper readProgress = new javafx.beans.property.ReadOnlyDoubleWrapper(1);
    /** Whether the whole corpus is listed (false while a folder's listing goes on in the background). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper listed = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    /** Opened while listing, with a place where the analyst left off maybe stored: the start waits for the listing. */
    private boolean startAwaitsListing;
    private final List<Runnable> startedListeners = new CopyOnWriteArrayList<>();
    private final IntegerProperty currentCable = new SimpleIntegerProperty(-1);
    /** What next, previous and next unreviewed move through: the corpus list once it is there. */
    private ListedCables shownCables = ListedCables.corpusOrder(cables::size);
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObjectProperty<Span> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.collections.ObservableSet<Integer> changedOnDisk = FXCollections.observableSet(new java.util.HashSet<>());
    /** What was said of each changed file, so that the focus coming back does not say it again. */
    private final java.util.Map<Integer, String> changesSaid = new java.util.HashMap<>();
    private String undoKeys = "Ctrl+Z";
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final IntegerProperty reviewedCount = new SimpleIntegerProperty();
    private final IntegerProperty problemCount = new SimpleIntegerProperty();
    /** What the Problems pane lists; its count of reading problems is the status bar's. */
    private final ProblemsModel problems = new ProblemsModel();
    private final IntegerProperty paletteVersion = new SimpleIntegerProperty();
    private final ObjectProperty<java.util.Map<Label, Integer>> labelCounts = new SimpleObjectProperty<>(java.util.Map.of());
    private final List<TextListener> textListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> onScreenListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> rowsSelectedListeners = new CopyOnWriteArrayList<>();
    private final ObservableList<Integer> selectedCables = FXCollections.observableArrayList();
    private final ObservableList<Span> selectedSpans = FXCollections.observableArrayList();

    public CorrectorModel() {
        // counted where they are listed: each cable's problems (as its row counts them) and those of no cable
        problemCount.bind(problems.readingCountProperty());
        // where the analyst is, so that the next open of these cables comes back to it
        currentCable.addListener((o, was, now) -> rememberPosition());
        selected.addListener((o, was, now) -> rememberPosition());
    }

    private void rememberPosition() {
        if (workspace != null && currentCable() >= 0) {
            workspace.rememberPosition(currentCable(), selected());
        }
    }

    public LabelPalette palette() {
        return palette;
    }

    public Workspace workspace() {
        return workspace;
    }

    public void addTextListener(TextListener listener) {
        textListeners.add(listener);
    }

    public ObservableList<CableEntry> cables() {
        return cables;
    }

    /**
     * Indexes of the cables selected in the corpus list (Shift/Ctrl-click selects several), kept by the
     * corpus pane; the export dialog's "Selected cables" reads them.
     */
    public ObservableList<Integer> selectedCables() {
        return selectedCables;
    }

    /**
     * The entities selected in the entity table (Shift/Ctrl-click, Shift+arrows select several): set by
     * {@link #selectRows} for rows the analyst picks, narrowed to one (or none) when the selection is made
     * elsewhere ({@link #select}, {@link #textSelected}); the table shows them. With more than one, a label key
     * and Delete act on all of them as one undoable step.
     */
    public ObservableList<Span> selectedSpans() {
        return selectedSpans;
    }

    /** The table's selected entities when it has several (and they include the selected one), else empty. */
    private List<Span> severalSelected() {
        return selectedSpans.size() > 1 && selectedSpans.contains(selected()) ? List.copyOf(selectedSpans) : List.of();
    }

    public ReadOnlyIntegerProperty currentCableProperty() {
        return currentCable;
    }

    public int currentCable() {
        return currentCable.get();
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document;
    }

    public Document document() {
        return document.get();
    }

    /**
     * The shown cable's name as its row in the corpus list gives it (the title, the status bar and messages
     * name it alike: with several inputs, {@code x/c.txt} and {@code y/c.txt}, not two "c.txt"); control
     * characters not yet escaped. Null when no cable is shown.
     */
    public String cableName() {
        Document shown = document();
        if (shown == null) {
            return null;
        }
        int cable = currentCable();
        return workspace != null && cable >= 0 && cable < workspace.size() ? workspace.rowName(cable) : shown.source().name();
    }

    public ReadOnlyObjectProperty<Span> selectedProperty() {
        return selected;
    }

    public Span selected() {
        return selected.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyIntegerProperty reviewedCountProperty() {
        return reviewedCount;
    }

    /** How much of the corpus is read (its counts known), 0..1; the window shows it while below 1. */
    public javafx.beans.property.ReadOnlyDoubleProperty readProgressProperty() {
        return readProgress.getReadOnlyProperty();
    }

    /** False while the corpus is still being listed in the background; the window says so. */
    public ReadOnlyBooleanProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    /**
     * Runs once the opened workspace has started: its first cable shown (where the analyst left off, or by
     * the first-open rule), or found empty.
     */
    public void addStartedListener(Runnable listener) {
        startedListeners.add(listener);
    }

    /** How many reading problems the corpus has now: those the Problems pane lists (the suggestions' aside). */
    public ReadOnlyIntegerProperty problemCountProperty() {
        return problemCount;
    }

    /** The problems of the cables as they are now, and of no cable: what the Problems pane lists. */
    public ProblemsModel problems() {
        return problems;
    }

    /** Entities per label in the shown cable, kept up to date by every edit without a recount. */
    public ReadOnlyObjectProperty<java.util.Map<Label, Integer>> labelCountsProperty() {
        return labelCounts;
    }

    /** Bumped whenever a label joins the palette, so the legend can rebuild. */
    public ReadOnlyIntegerProperty paletteVersionProperty() {
        return paletteVersion;
    }

    /** The keys that undo, as the window's action list shows them, for the messages after an edit. */
    public void setUndoKeys(String keys) {
        undoKeys = keys == null ? "" : keys;
    }

    public void say(String text) {
        // a message is one line, and the names in it are shown as the rest of the window shows them
        message.set(text == null ? "" : ShownName.of(text));
    }

    /**
     * Shows a freshly opened workspace: where the analyst left off in these cables, else (a first open) at
     * the first cable with something to look at ({@link StartingCable}).
     */
    public void open(Workspace opened) {
        if (workspace != null && workspace != opened) {
            workspace.close();
        }
        workspace = opened;
        workspace.saveInBackground(); // a key press must not wait for the disk
        workspace.addListener(this::workspaceChanged);
        cables.setAll(workspace.cables());
        problems.open(workspace);
        currentCable.set(-1);
        if (!workspace.isListed() && workspace.mayHaveLastPosition()) {
            // where the analyst left off is known once every cable is listed (its file is named by all of them)
            document.set(null);
            problems.show(-1, null);
            selected.set(null);
            startAwaitsListing = true;
            workspace.carryOnInBackground(); // nothing to show until all is listed
            refreshCounts();
            say("Listing the cables to find where you left off…");
            return;
        }
        start();
    }

    /** Shows the first cable: where the analyst left off, else by the first-open rule. */
    private void start() {
        startAwaitsListing = false;
        // before the counts: a damaged position file is one of the problems they count
        java.util.Optional<cabletag.workspace.Position> leftOff = workspace.isListed() ? workspace.lastPosition()
                : java.util.Optional.empty();
        refreshCounts();
        if (workspace.size() == 0) {
            document.set(null);
            problems.show(-1, null);
            selected.set(null);
            say("Nothing to review: no readable cable in " + inputsNamed(workspace.inputs()));
            workspace.carryOnInBackground();
            startedListeners.forEach(Runnable::run);
            return;
        }
        if (leftOff.isPresent()) {
            show(leftOff.get().cable());
            if (leftOff.get().entity() != null) {
                select(leftOff.get().entity());
            }
        } else {
            Workspace ws = workspace;
            Set<Integer> read = new java.util.HashSet<>();
            show(StartingCable.of(cables, index -> {
                ws.document(index);
                read.add(index);
                return ws.entry(index);
            }));
            // the background reader skips a cable read here, so it never reports it: its row is told now
            cablesChanged(read);
        }
        List<String> store = workspace.storeNotes();
        // a step cut short and completed or taken back says so before anything else: the analyst believes it done
        say(!store.isEmpty() ? String.join(" ", store)
                : workspace.isListed() ? openedMessage() + (leftOff.isPresent() ? ", back where you left off" : "")
                : LISTING_MESSAGE);
        startedListeners.forEach(Runnable::run);
    }

    /** The net span change of the last edit, undo or redo of the shown cable (empty when none). */
    private cabletag.core.SpanDelta lastDelta = cabletag.core.SpanDelta.NONE;

    /** What the last edit, undo or redo changed in the shown cable's spans, as the workspace reported it. */
    public cabletag.core.SpanDelta lastDelta() {
        return lastDelta;
    }

    private void workspaceChanged(cabletag.workspace.WorkspaceChange change) {
        java.util.List<cabletag.workspace.CableChange> mine = change.changesOf(currentCable());
        if (!mine.isEmpty()) {
            java.util.List<java.util.List<Span>> removed = new java.util.ArrayList<>();
            java.util.List<java.util.List<Span>> added = new java.util.ArrayList<>();
            for (cabletag.workspace.CableChange each : mine) {
                removed.add(each.removed());
                added.add(each.added());
            }
            lastDelta = cabletag.core.SpanDelta.ofChanges(removed, added);
        }
        cablesChanged(change.cables());
        if (startAwaitsListing && workspace.isListed()) {
            start();
        }
    }

    private void cablesChanged(Set<Integer> changed) {
        int size = workspace.size();
        if (size > cables.size()) {
            cables.append(workspace.cables(cables.size(), size)); // a listing batch: new rows at the end
        } else if (size < cables.size()) {
            cables.setAll(workspace.cables());
        }
        // one list change for the batch (the reader reports a thousand cables at a time); equal entries are
        // left alone: a relabel changes no count, and replacing an equal entry made the table rebuild its cells
        java.util.Map<Integer, CableEntry> entries = new java.util.HashMap<>();
        for (int index : changed) {
            if (index >= 0 && index < cables.size()) {
                entries.put(index, workspace.entry(index));
            }
        }
        cables.replace(entries);
        problems.follow(changed); // the rows and the pane follow the same cables at the same time
        refreshCounts();
    }

    /**
     * A cable read here first is never reported by the background reader, and one let go and read again may
     * have found its file changed (other counts, a stored correction that no longer fits): its row gets its
     * counts and header now, and the status bar's count follows. An unchanged row costs nothing.
     */
    private void rowRead(int cable) {
        if (cable < cables.size() && !cables.get(cable).equals(workspace.entry(cable))) {
            cablesChanged(Set.of(cable));
        }
    }

    private static final String LISTING_MESSAGE = "Opened the first cables, listing the rest…";

    private String openedMessage() {
        return "Opened " + cabletag.core.text.Counted.of(workspace.size(), "cable", "cables");
    }

    private void refreshCounts() {
        problems.follow(Set.of()); // problems of no cable said meanwhile (a damaged position file), cables listed
        int reviewed = 0;
        for (CableEntry entry : cables) {
            if (entry.status() == ReviewStatus.REVIEWED) {
                reviewed++;
            }
        }
        reviewedCount.set(reviewed);
        readProgress.set(workspace.size() == 0 ? 1 : workspace.readCount() / (double) workspace.size());
        if (!listed.get() && workspace.isListed() && message.get().equals(LISTING_MESSAGE)) {
            say(openedMessage());
        }
        listed.set(workspace.isListed());
        saveWhatReadingChanged();
    }

    /**
     * Corrections put back by reading that must be stored anew (re-applied to a changed file, found after a
     * move) are written as an edit is, so the save state settles to saved rather than waiting for Ctrl+S.
     */
    private void saveWhatReadingChanged() {
        workspace.writeReappliedCorrections();
        dirty.set(workspace.isDirty());
    }

    // ---- moving around ----

    public void show(int cable) {
        if (workspace == null || cable < 0 || cable >= workspace.size()) {
            return;
        }
        if (cable != currentCable()) {
            // what was said was about the cable left ("This is the first cable", its entity count): the action
            // that moves says its own line after this
            message.set("");
        }
        workspace.focus(cable); // it and its neighbours stay parsed; cables long left are let go
        Document shown = workspace.document(cable);
        rowRead(cable);
        saveWhatReadingChanged(); // a cable read here may have had its corrections re-applied
        java.util.Map<Label, Integer> counts = LabelCounts.of(shown.spans());
        if (palette.register(counts.keySet())) {
            paletteVersion.set(paletteVersion.get() + 1);
        }
        labelCounts.set(counts);
        selected.set(null);
        textListeners.forEach(l -> l.cableComing(shown));
        currentCable.set(cable);
        document.set(shown);
        problems.show(cable, shown); // read again, its file may say other things now
        textListeners.forEach(l -> l.cableShown(shown));
        lookForChangeOnDisk(true); // shown again: the file may have been edited meanwhile
    }

    /**
     * Called by the text view once the shown cable's highlighted text has been laid out: what can wait
     * until the analyst sees the text happens now (the first edit's preparation, a large entity list).
     */
    public void cableOnScreen() {
        if (workspace != null && currentCable() >= 0) {
            workspace.prepareEditing(currentCable());
            // the rest of the corpus is listed and read only now: before, they took the processor from the first cable
            workspace.carryOnInBackground();
        }
        onScreenListeners.forEach(Runnable::run);
    }

    public void addOnScreenListener(Runnable listener) {
        onScreenListeners.add(listener);
    }

    /** Ctrl+PageDown: the next cable the corpus list shows, in its order. */
    public void nextCable() {
        if (workspace == null || workspace.size() == 0) {
            return;
        }
        OptionalInt next = shownCables.after(currentCable());
        if (next.isPresent()) {
            show(next.getAsInt());
        } else {
            say(endOfList("last")); // a key that did nothing said nothing
        }
    }

    /** Ctrl+PageUp: the cable before this one in the corpus list, in its order. */
    public void previousCable() {
        if (workspace == null || workspace.size() == 0) {
            return;
        }
        OptionalInt previous = shownCables.before(currentCable());
        if (previous.isPresent()) {
            show(previous.getAsInt());
        } else {
            say(endOfList("first"));
        }
    }

    /**
     * Next, previous and next unreviewed move through the cables as the corpus list shows them (filtered
     * and sorted); until this is called, through every cable in corpus order.
     */
    void moveThrough(ListedCables list) {
        shownCables = list;
    }

    /** The cables as the corpus list shows them, the list next and previous move through. */
    ListedCables listed() {
        return shownCables;
    }

    /** The first or last cable: of the corpus, or of what the list's filters keep. */
    private String endOfList(String which) {
        int hidden = cables.size() - shownCables.size();
        if (hidden <= 0) {
            return "This is the " + which + " cable" + (which.equals("last") && !workspace.isListed() ? " listed so far" : "");
        }
        if (shownCables.size() == 0) {
            return "The corpus list shows no cable: its filters hide all " + cables.size();
        }
        return "This is the " + which + " cable the list shows (its filters hide " + hidden + ")";
    }

    /**
     * Selects one entity (or none) from anywhere but the entity table's rows: a click or a drag in the text, Tab,
     * a jump, an edit's result. It is the selection now: rows selected in the table before let go, but its own.
     */
    public void select(Span span) {
        Span before = selected.get();
        selectOnlyRow(span);
        if (java.util.Objects.equals(before, span)) {
            textListeners.forEach(l -> l.reveal(span));
            return;
        }
        selected.set(span);
        restyle(document(), hull(before, span));
        textListeners.forEach(l -> l.reveal(span));
    }

    /** The table's selected rows become {@code span}'s alone (none for null), unless they are that already. */
    private void selectOnlyRow(Span span) {
        List<Span> only = span == null ? List.of() : List.of(span);
        if (!selectedSpans.equals(only)) {
            selectedSpans.setAll(only);
        }
    }

    /**
     * Rows picked in the entity table (a click, Shift/Ctrl-click, Shift+arrows), {@code lead} the one picked
     * last: they are the selection now, whatever was selected before. The lead is the selected entity (framed
     * in the text and scrolled to), and text selected in the cable (a find match, a drag) lets go, so a label
     * key or Delete acts on these rows and not on text the analyst selected before them.
     */
    public void selectRows(List<Span> rows, Span lead) {
        Span focus = lead != null && rows.contains(lead) ? lead : rows.isEmpty() ? null : rows.get(rows.size() - 1);
        Span before = selected.get();
        boolean sameRows = new java.util.HashSet<>(rows).equals(new java.util.HashSet<>(selectedSpans));
        if (sameRows && java.util.Objects.equals(before, focus)) {
            return; // the same rows in another order (the table sorted), or the second event of one pick
        }
        if (!sameRows) {
            selectedSpans.setAll(rows);
        }
        rowsSelectedListeners.forEach(Runnable::run);
        if (!java.util.Objects.equals(before, focus)) {
            selected.set(focus);
            restyle(document(), hull(before, focus));
            if (focus != null) {
                textListeners.forEach(l -> l.reveal(focus));
            }
        }
    }

    /**
     * Runs when rows picked in the entity table become the selection: what was selected elsewhere (text in the
     * cable, the find bar's match) lets go.
     */
    public void addRowsSelectedListener(Runnable listener) {
        rowsSelectedListeners.add(listener);
    }

    /** Selects the innermost entity at a text offset, or clears the selection. */
    /**
     * The token (word, number, punctuation, state.gov) at {@code offset}, or just before it when the offset
     * ends one, as {@code {start, end}}; null in spaces. Double-click selects it, by the rule that snaps tags.
     */
    public int[] tokenAt(int offset) {
        if (document() == null) {
            return null;
        }
        int[] before = null;
        for (Token token : Tokenizer.forDocument(document()).tokenize(document().text())) {
            if (token.start() <= offset && offset < token.end()) {
                return new int[] {token.start(), token.end()};
            }
            if (token.end() == offset) {
                before = new int[] {token.start(), token.end()};
            }
            if (token.start() > offset) {
                break;
            }
        }
        return before;
    }

    public void selectAt(int offset) {
        Document doc = document();
        if (doc == null) {
            return;
        }
        select(doc.spans().innermostAt(offset).orElse(null));
    }

    /** Tab: the entity after the selected one, or the first one after {@code caret}. */
    public void selectNextEntity(int caret) {
        SpanSet spans = spans();
        if (spans.isEmpty()) {
            return;
        }
        int at = selected() == null ? -1 : spans.indexOf(selected());
        if (at < 0) {
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).start() >= caret) {
                    select(spans.get(i));
                    return;
                }
            }
            select(spans.get(0));
        } else {
            select(spans.get((at + 1) % spans.size()));
        }
    }

    public void selectPreviousEntity(int caret) {
        SpanSet spans = spans();
        if (spans.isEmpty()) {
            return;
        }
        int at = selected() == null ? -1 : spans.indexOf(selected());
        if (at < 0) {
            for (int i = spans.size() - 1; i >= 0; i--) {
                if (spans.get(i).start() < caret) {
                    select(spans.get(i));
                    return;
                }
            }
            select(spans.get(spans.size() - 1));
        } else {
            select(spans.get((at - 1 + spans.size()) % spans.size()));
        }
    }

    private SpanSet spans() {
        return document() == null ? SpanSet.empty() : document().spans();
    }

    // ---- corrections ----

    /**
     * A label key: tags the text selection when there is one (snapped to whole tokens), else relabels the
     * selected entity. Selected text that is an entity (a find match, a double-clicked word, a drag over its
     * text) is that entity: the key relabels it, as it would the entity clicked.
     */
    public void applyLabel(Label label, int selectionStart, int selectionEnd) {
        if (document() == null) {
            return;
        }
        if (selectionEnd > selectionStart) {
            Span entity = entityOfSelection(selectionStart, selectionEnd);
            if (entity != null) {
                relabel(entity, label);
            } else {
                // a tag takes whole tokens: a selection of part of one is widened, and the status bar says so
                Document tagged = document();
                edit(() -> workspace.add(currentCable(), selectionStart, selectionEnd, label), null,
                        added -> added.start() < selectionStart || added.end() > selectionEnd
                                ? EditMessages.widened(tagged.text().substring(selectionStart, selectionEnd), tagged.givenTokens().isGiven())
                                : "");
            }
        } else if (!severalSelected().isEmpty()) {
            List<Span> spans = severalSelected();
            edit(() -> workspace.relabelSpans(currentCable(), spans, label));
        } else if (selected() != null) {
            relabel(selected(), label);
        } else {
            say(NOTHING_TO_LABEL);
        }
    }

    /** Why a label (key or menu item) cannot act: nothing is selected. */
    public static final String NOTHING_TO_LABEL = "Select an entity (Tab) or some text first";

    /** Whether a label key would act on something: text selected ({@code [start, end)}), or an entity (one or several rows). */
    public boolean hasSomethingToLabel(int selectionStart, int selectionEnd) {
        return document() != null && (selectionEnd > selectionStart || selected() != null);
    }

    private void relabel(Span span, Label label) {
        if (span.label().equals(label)) {
            select(span);
            say("Already " + label);
            return;
        }
        edit(() -> workspace.relabel(currentCable(), span, label));
    }

    /**
     * The entity the text selection {@code [start, end)} stands for (its exact range, or its range snapped to
     * whole tokens, is an entity's), or null: then a label key tags the text.
     */
    public Span entityOfSelection(int start, int end) {
        if (workspace == null || document() == null || end <= start) {
            return null;
        }
        return workspace.entityAt(currentCable(), start, end).orElse(null);
    }

    /**
     * Text {@code [start, end)} was selected in the cable text: from now on the keys and menus act on it. The
     * entity selected before lets go unless the text is that entity (as a label key takes it), so its frame
     * and its rows in the entity table go too; they stayed and looked selected while the keys acted on the text.
     * When the text is that entity's, the other rows selected with it in the table let go: a label key acts on
     * the text alone, and Delete, which took the rows, now takes the same entity.
     */
    public void textSelected(int start, int end) {
        if (end <= start) {
            return;
        }
        Span entity = selected();
        if (entity != null && !entity.equals(entityOfSelection(start, end))) {
            select(null);
        } else {
            selectOnlyRow(entity);
        }
    }

    public void applyDigit(int digit, int selectionStart, int selectionEnd) {
        Optional<Label> label = palette.labelForDigit(digit);
        if (label.isEmpty()) {
            say("No label on key " + digit);
            return;
        }
        applyLabel(label.get(), selectionStart, selectionEnd);
    }

    public void deleteSelected() {
        List<Span> several = severalSelected();
        if (!several.isEmpty()) {
            edit(() -> workspace.deleteSpans(currentCable(), several));
            return;
        }
        withSelected(span -> workspace.delete(currentCable(), span));
    }

    /**
     * Shift+Delete (this cable) / Ctrl+Shift+Delete (the corpus): deletes every entity with the selected
     * one's text and label as one undoable step, and says how many.
     */
    public void deleteOccurrences(OccurrenceScope scope) {
        long before = workspace == null ? -1 : workspace.revision();
        withSelected(span -> workspace.deleteOccurrences(currentCable(), span, scope));
        if (workspace != null && workspace.revision() != before) {
            String done = workspace.undoDescription().replaceFirst("^Delete ", "Deleted ");
            say(EditMessages.withUndo(done, "Ctrl+Z", workspace.lastEditNote()));
        }
    }

    /**
     * A / Shift+A, first half: what giving the selected entity's label to every occurrence of its text
     * would change, for the preview; null (and a message) when there is nothing to preview.
     */
    public OccurrencePlan planApplyToAll(OccurrenceScope scope) {
        Span span = selected();
        if (workspace == null || span == null) {
            say("Select an entity first (Tab, click, or a row of the table)");
            return null;
        }
        try {
            return workspace.planApplyToAll(currentCable(), span, span.label(), scope);
        } catch (EditRejectedException | IllegalArgumentException rejected) {
            say(rejected.getMessage());
            return null;
        }
    }

    /** A / Shift+A, second half: does the occurrences the analyst kept checked, as one undoable step. */
    public void applyOccurrences(OccurrencePlan plan, List<Occurrence> chosen) {
        long before = workspace == null ? -1 : workspace.revision();
        edit(() -> workspace.applyOccurrences(plan, chosen));
        if (workspace != null && workspace.revision() != before) {
            say(EditMessages.withUndo(workspace.undoDescription(), "Ctrl+Z", workspace.lastEditNote()));
        }
    }

    public void growStart() {
        withSelected(span -> workspace.growStart(currentCable(), span));
    }

    public void shrinkStart() {
        withSelected(span -> workspace.shrinkStart(currentCable(), span));
    }

    public void growEnd() {
        withSelected(span -> workspace.growEnd(currentCable(), span));
    }

    public void shrinkEnd() {
        withSelected(span -> workspace.shrinkEnd(currentCable(), span));
    }

    /** Splits the selected entity at the caret's token boundary, or after its first token. */
    public void split(int caret) {
        withSelected(span -> workspace.split(currentCable(), span, splitPoint(span, caret)));
    }

    int splitPoint(Span span, int caret) {
        List<Token> inside = new ArrayList<>();
        for (Token token : Tokenizer.forDocument(document()).tokenize(document().text())) {
            if (token.start() >= span.start() && token.end() <= span.end()) {
                inside.add(token);
            }
        }
        if (inside.size() < 2) {
            throw new EditRejectedException("a one-token entity cannot be split");
        }
        int best = inside.get(1).start();
        if (caret > span.start() && caret < span.end()) {
            for (int i = 1; i < inside.size(); i++) {
                int boundary = inside.get(i).start();
                if (Math.abs(boundary - caret) < Math.abs(best - caret)) {
                    best = boundary;
                }
            }
        }
        return best;
    }

    /** Merges the selected entity with the next entity after it. */
    public void mergeWithNext() {
        withSelected(span -> {
            Span next = null;
            for (Span candidate : spans()) {
                if (candidate.start() >= span.end()) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw new EditRejectedException("no entity after this one to merge with");
            }
            return workspace.merge(currentCable(), span, next);
        });
    }

    public void applyToAll(OccurrenceScope scope) {
        withSelected(span -> workspace.applyToAll(currentCable(), span, span.label(), scope));
    }

    public void undo() {
        if (workspace == null || !workspace.canUndo()) {
            say("Nothing to undo");
            return;
        }
        String what = workspace.undoDescription();
        edit(workspace::undo, "Undone: " + what);
    }

    public void redo() {
        if (workspace == null || !workspace.canRedo()) {
            say("Nothing to redo");
            return;
        }
        String what = workspace.redoDescription();
        edit(workspace::redo, "Redone: " + what);
    }

    /**
     * Ctrl+Enter: this cable is done; go to the next one still to review among the cables the corpus list
     * shows, in its order. Ctrl+Z takes the mark back. The next one is found before the mark: marked, this
     * cable may leave the list or move in it (a status filter or sort), the others keep their places.
     */
    public void markReviewedAndNext() {
        if (document() == null) {
            return;
        }
        int cable = currentCable();
        OptionalInt next = shownCables.nextWhere(cable, this::unreviewed);
        long before = workspace.revision();
        workspace.setStatus(cable, ReviewStatus.REVIEWED, selected());
        String undo = workspace.revision() != before ? undoKeys : ""; // already reviewed: nothing to undo
        int toGo = workspace.size() - reviewedCount.get();
        boolean filtered = shownCables.size() < cables.size();
        if (next.isPresent()) {
            show(next.getAsInt());
            String inList = filtered ? " in the list (" + toGo + " in all)" : "";
            int shownToGo = filtered ? shownCables.count(this::unreviewed) : toGo;
            say(EditMessages.withUndo("Reviewed; " + shownToGo + " to go" + inList, undo, ""));
        } else if (toGo > 0 && filtered) {
            say(EditMessages.withUndo("Reviewed; no cable the list shows is left to review (" + toGo
                    + " more outside its filters)", undo, ""));
        } else {
            say(EditMessages.withUndo("All " + workspace.size() + " cables reviewed", undo, ""));
        }
        dirty.set(workspace.isDirty());
    }

    private boolean unreviewed(int cable) {
        return workspace.status(cable) != ReviewStatus.REVIEWED;
    }

    /** Ctrl+Shift+Enter: a cable marked reviewed by mistake, or to look at again, goes back in progress. */
    public void markUnreviewed() {
        if (document() == null) {
            return;
        }
        if (workspace.status(currentCable()) != ReviewStatus.REVIEWED) {
            say("This cable is not marked reviewed");
            return;
        }
        workspace.setStatus(currentCable(), ReviewStatus.IN_PROGRESS, selected());
        say(EditMessages.withUndo("Marked unreviewed: " + cableName() + " is in progress again", undoKeys, ""));
        dirty.set(workspace.isDirty());
    }

    /**
     * Ctrl+S: writes what is not on disk yet. A store that cannot be written is said in the status bar and the
     * Problems pane (the store, the reason), never thrown at the window; the edits stay, and the next Ctrl+S
     * tries again. Returns why they were not saved, or empty.
     */
    public Optional<StoreWriteFailure> save() {
        if (workspace == null) {
            return Optional.empty();
        }
        // the places of deleted entities a failed write kept in this session only: a save tries them again too, whatever
        // becomes of the corrections (the warning before letting go reads what this found)
        String placesNotKept = workspace.rejections().saveWhatIsNotWritten();
        try {
            workspace.save();
            say(placesNotKept == null ? "Saved" : "Saved the corrections; not kept for the next session: " + placesNotKept);
            return Optional.empty();
        } catch (StoreWriteException e) {
            say(e.failure().statusLine()); // the store, the path and what to do are in the Problems pane
            return Optional.of(e.failure());
        } finally {
            dirty.set(workspace.isDirty());
            problems.follow(Set.of()); // the failure's line, in the Problems pane
        }
    }

    // ---- the shown cable's file changed on disk ----

    /** The key of {@link #readAgain}, as the status bar names it. */
    static final String READ_AGAIN_KEY = "F5";

    /** Cables whose file changed on disk since the window read them, as last looked at: their rows are marked. */
    public javafx.collections.ObservableSet<Integer> changedOnDisk() {
        return changedOnDisk;
    }

    /**
     * Looks whether the shown cable's file changed on disk since it was read (its size or time): the analyst may
     * have edited it in another program. Says so and marks its row; the window asks when it regains the focus and
     * when a cable is shown. Says whether it changed.
     */
    public boolean lookForChangeOnDisk() {
        return lookForChangeOnDisk(false);
    }

    /** As {@link #lookForChangeOnDisk()}; a change said already is said again only when {@code always}. */
    private boolean lookForChangeOnDisk(boolean always) {
        int cable = currentCable();
        if (workspace == null || cable < 0 || cable >= workspace.size()) {
            return false;
        }
        String how = workspace.changeOnDisk(cable);
        if (how == null) {
            changedOnDisk.remove(cable);
            changesSaid.remove(cable);
            return false;
        }
        changedOnDisk.add(cable);
        // the focus comes back after every dialog: a change already said is not said over what the dialog left there
        String saidBefore = changesSaid.put(cable, how);
        if (always || !how.equals(saidBefore)) {
            say(changedOnDiskMessage(cableName(), how));
        }
        return true;
    }

    /** "a.txt changed on disk (1200 bytes then, 1300 now) since it was read: F5 reads it again, keeping your corrections". */
    static String changedOnDiskMessage(String name, String how) {
        boolean gone = how.equals("removed") || how.equals("cannot be read any more");
        return name + " " + (gone ? "was " + how + " after it was read" : how + " since it was read") + ": "
                + (gone ? "the window keeps the text it read, with your corrections"
                        : READ_AGAIN_KEY + " reads it again, keeping your corrections");
    }

    /**
     * F5: reads the shown cable again from its file, keeping the corrections (they are stored first, and put
     * back on the new text as on any cable whose file changed; those that no longer fit are named in the
     * problems and kept in a copy). Says what came of it.
     */
    public void readAgain() {
        int cable = currentCable();
        if (workspace == null || cable < 0 || cable >= workspace.size()) {
            return;
        }
        String name = cableName();
        Workspace.ReadAgain done;
        try {
            done = workspace.readAgain(cable);
        } catch (EditRejectedException rejected) {
            say(rejected.getMessage());
            return;
        }
        changedOnDisk.remove(cable);
        changesSaid.remove(cable);
        show(cable);
        // short: at 1024 px the status bar has room for some 90 characters beside its counters
        say("Read " + name + " again from disk" + (!done.textChanged() ? ": its text is as it was"
                : done.notPutBack() > 0 ? ": " + cabletag.core.text.Counted.of(done.notPutBack(), "correction no longer fits",
                        "corrections no longer fit") + " (see Problems)"
                : ", corrections put back")
                + (done.stepsForgotten() > 0 ? "; " + cabletag.core.text.Counted.of(done.stepsForgotten(), "undo step", "undo steps")
                        + " of the old text dropped" : ""));
    }

    /**
     * The find bar's search: the next match of {@code query} starting at or after {@code from} (forward)
     * or the last one starting before it (backward), wrapping round, as {@code {start, end}}, or null.
     */
    public int[] find(String query, int from, boolean forward) {
        CableMatches all = matches(query);
        int index = forward ? all.firstFrom(Math.max(0, from)) : all.lastBefore(from);
        if (index < 0) {
            if (query != null && !query.isEmpty() && document() != null) {
                say("'" + query + "' not found in this cable");
            }
            return null;
        }
        return all.match(index);
    }

    /**
     * Every match of {@code query} in this cable, found in one pass; none without a cable or a query. Case is ignored
     * by the program's one rule ({@code TextSearch}), through the workspace's finder.
     */
    CableMatches matches(String query) {
        Document shown = document();
        String wanted = query == null ? "" : query;
        if (workspace == null || shown == null || wanted.isEmpty()) {
            return new CableMatches(shown, wanted, List.of());
        }
        return new CableMatches(shown, wanted, workspace.finder(currentCable()).findAll(wanted, true, false));
    }

    private void withSelected(java.util.function.Function<Span, Selection> action) {
        Span span = selected();
        if (span == null) {
            say("Select an entity first (Tab, click, or a row of the table)");
            return;
        }
        edit(() -> action.apply(span));
    }

    private void edit(Supplier<Selection> action) {
        edit(action, null);
    }

    /** Runs an edit made elsewhere (accepting or rejecting suggestions) as the keys' own edits run. */
    public void runEdit(Supplier<Selection> action) {
        edit(action, null);
    }

    /**
     * Runs an edit and says in the status bar what it did: {@code message}, or when null the edit's own
     * description as done, the workspace's note when a reviewed cable went back in progress, then the
     * undo key ("Relabelled “Erbil” as LOC — Ctrl+Z undoes").
     */
    private void edit(Supplier<Selection> action, String message) {
        edit(action, message, span -> "");
    }

    /**
     * {@link #edit(Supplier, String)}, with {@code besides} saying after the edit's description what it did
     * that the analyst did not ask for, of the span it selects ("" for nothing): a tag widened past the selection.
     */
    private void edit(Supplier<Selection> action, String message, java.util.function.Function<Span, String> besides) {
        if (workspace == null) {
            return;
        }
        Document before = document();
        Span selectedBefore = selected();
        Selection result;
        lastDelta = cabletag.core.SpanDelta.NONE;
        try {
            result = action.get();
        } catch (EditRejectedException | IllegalArgumentException rejected) {
            say(rejected.getMessage());
            return;
        }
        String said = message != null ? EditMessages.withNote(message, workspace.lastEditNote())
                : EditMessages.afterEdit(workspace.undoDescription()
                        + (result == null || result.span() == null ? "" : besides.apply(result.span())), undoKeys, workspace.lastEditNote());
        dirty.set(workspace.isDirty());
        if (result != null && result.cable() != currentCable()) {
            // an undo on another cable: that cable is shown first, which clears what was said of this one
            show(result.cable());
            select(result.span());
            say(said);
            return;
        }
        say(said);
        if (result == null) {
            return;
        }
        Document after = workspace.document(currentCable());
        cabletag.core.SpanDelta delta = lastDelta;
        int[] changed = delta.range();
        moveCounts(delta);
        if (palette.register(labelCounts.get().keySet())) {
            paletteVersion.set(paletteVersion.get() + 1);
        }
        Span focus = result.span() != null && after.spans().containsSpan(result.span())
                ? result.span()
                : delta.added().isEmpty() ? null : delta.added().get(0);
        int[] range = hull(changed, hull(selectedBefore, focus));
        selected.set(focus);
        document.set(after); // the entity table takes the delta from here
        lastDelta = cabletag.core.SpanDelta.NONE;
        restyle(after, range);
        textListeners.forEach(l -> l.reveal(focus));
    }

    private void restyle(Document doc, int[] range) {
        if (doc != null && range != null) {
            textListeners.forEach(l -> l.rangeChanged(doc, range[0], range[1]));
        }
    }

    /** The inputs as the status bar names them: the one folder or file opened, else how many (their lines are in the Problems pane). */
    private static String inputsNamed(List<java.nio.file.Path> inputs) {
        return inputs.size() == 1 ? inputs.get(0).toString() : "the " + cabletag.core.text.Counted.of(inputs.size(), "input", "inputs");
    }

    private static int[] hull(Span a, Span b) {
        int[] ra = a == null ? null : new int[] {a.start(), a.end()};
        int[] rb = b == null ? null : new int[] {b.start(), b.end()};
        return hull(ra, rb);
    }

    private static int[] hull(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** Moves the per-label counts along by the edit's delta instead of recounting 100,000 entities. */
    private void moveCounts(cabletag.core.SpanDelta delta) {
        java.util.Map<Label, Integer> next = new java.util.HashMap<>(labelCounts.get());
        delta.removed().forEach(span -> next.merge(span.label(), -1, Integer::sum));
        delta.added().forEach(span -> next.merge(span.label(), 1, Integer::sum));
        next.values().removeIf(n -> n == 0);
        labelCounts.set(next);
    }
}
