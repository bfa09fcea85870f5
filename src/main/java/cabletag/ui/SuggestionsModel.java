package cabletag.ui;

import cabletag.workspace.EditRejectedException;
import cabletag.workspace.Selection;
import cabletag.workspace.Workspace;
import cabletag.workspace.WorkspaceListener;
import cabletag.workspace.report.ReportSection;
import cabletag.workspace.report.SuggestionQualitySection;
import cabletag.workspace.suggest.SourceQuality;
import cabletag.workspace.suggest.Suggestion;
import cabletag.workspace.suggest.SuggestionSession;
import cabletag.workspace.suggest.SuggestionSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The suggestions of the shown cable and the one selected, between the window and the workspace's
 * {@link SuggestionSession}: gathering the evidence and training the name finder happen on a background
 * thread, their results and every refresh on the UI thread (through {@code ui}). Accepting and rejecting
 * run as the corrector's own edits ({@link CorrectorModel#runEdit}), so Ctrl+Z takes them back. No
 * scene-graph node: tested without a window.
 */
public final class SuggestionsModel {

    private final CorrectorModel corrector;
    private final Executor ui;
    private final Executor background;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<Suggestion> selected = new SimpleObjectProperty<>();
    /** What went wrong with the suggestions, for the Problems pane: unreadable files, the last failed gathering or training. */
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** Bumped after every refresh of the list and after each gathering or training finished. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final WorkspaceListener listener = change -> refreshLater();
    private SuggestionSession session;
    private Workspace workspace;
    private long generation;
    private long refreshes;
    /** The text of the cable the list was found in (compared by identity: an edit keeps the text object). */
    private String shownFor;
    /** What J or {@link #select} last said in the status bar about this cable, to take back when another is shown. */
    private String said;
    /** Finds a large cable's suggestions, one refresh after the other. */
    private static final java.util.concurrent.Executor LARGE_CABLES = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cabletag-suggest-cable");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param ui         runs on the UI thread ({@code Platform::runLater})
     * @param background runs the corpus pass and the training (a daemon thread per task in the window)
     */
    public SuggestionsModel(CorrectorModel corrector, Executor ui, Executor background) {
        this.corrector = corrector;
        this.ui = ui;
        this.background = background;
        corrector.documentProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was.text() != now.text()) {
                // another cable; an edit of this one comes through the workspace listener
                unsay();
                refresh();
            }
        });
        corrector.selectedProperty().addListener((o, was, now) -> {
            if (now != null) {
                selected.set(null); // an entity and a suggestion are never selected at once
            }
        });
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** The suggestions' problems (UI thread): a rejections file or a saved model that cannot be read, training that failed. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Suggestion> selectedProperty() {
        return selected;
    }

    public Suggestion selected() {
        return selected.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public SuggestionSession session() {
        return session;
    }

    /** A workspace was opened: start gathering its evidence (after the corrector has attached). */
    public void attach(Workspace opened) {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        if (session != null) {
            session.close();
        }
        workspace = opened;
        session = new SuggestionSession(opened, SuggestionSettings.DEFAULT);
        problems.setAll(session.problems());
        suggestions.clear();
        selected.set(null);
        // after the corrector's own listener: an edit's restyle must come first, then the suggestions on top
        opened.addListener(listener);
        gather(false, false);
    }

    /** Gathers the corpus's evidence again (after reviewing, accepting), then, if asked, retrains the name finder. */
    public void gather(boolean retrain) {
        gather(retrain, true);
    }

    /**
     * {@code tell}: whether the status bar says when it starts and ends. The gathering that follows opening
     * a corpus is silent, so it never replaces what the opening said ("back where you left off"); J says
     * whether suggestions are still being gathered.
     */
    private void gather(boolean retrain, boolean tell) {
        SuggestionSession mine = session;
        if (mine == null) {
            return;
        }
        long started = ++generation;
        if (tell) {
            corrector.say(retrain ? "Training the name finder on the corpus…" : "Gathering suggestions from the corpus…");
        }
        background.execute(() -> {
            String message;
            boolean failed = false;
            try {
                if (!mine.gather(fraction -> { }, () -> started != generation)) {
                    return;
                }
                message = mine.gazetteerSize() + " confirmed texts in the gazetteer"
                        + (mine.evidence().map(e -> e.usesMachineTags()).orElse(false) ? " (machine tags included: few cables reviewed)" : "");
                if (retrain) {
                    mine.retrain();
                    message = "Name finder trained and saved; " + message;
                } else if (!mine.hasModel()) {
                    message += "; no name finder trained yet (Review ▸ Retrain name finder)";
                }
            } catch (IllegalArgumentException nothing) {
                message = "Name finder not trained: " + nothing.getMessage();
                failed = true;
            } catch (IOException | RuntimeException e) {
                message = "Suggestions failed: " + e.getMessage();
                failed = true;
            }
            String said = message;
            boolean failure = failed;
            boolean sayIt = tell || failed; // a failure is always said
            ui.execute(() -> {
                if (mine == session) {
                    if (sayIt) {
                        corrector.say(said);
                    }
                    List<String> now = new java.util.ArrayList<>(mine.problems());
                    if (failure) {
                        now.add(said);
                    }
                    problems.setAll(now);
                    refresh();
                }
            });
        });
    }

    private void refreshLater() {
        ui.execute(this::refresh);
    }

    /**
     * Recomputes the shown cable's suggestions, keeping the selection where it still is. A large cable's are
     * found on a thread of their own and shown when found (the last refresh asked wins): the gazetteer's
     * pass over a 5 MB cable took ~75 ms of the UI thread after every edit.
     */
    public void refresh() {
        long mine = ++refreshes;
        if (session == null || corrector.document() == null || corrector.currentCable() < 0) {
            show(List.of(), null);
        } else if (corrector.document().text().length() < CableView.BACKGROUND_STYLING_THRESHOLD) {
            show(session.suggestions(corrector.currentCable()), corrector.document().text());
        } else {
            String text = corrector.document().text();
            if (text != shownFor) {
                show(List.of(), text); // another cable's suggestions must not stay on this one's text meanwhile
            }
            SuggestionSession asked = session;
            Supplier<List<Suggestion>> finding = asked.suggestionsElsewhere(corrector.currentCable());
            LARGE_CABLES.execute(() -> {
                List<Suggestion> found;
                try {
                    found = finding.get();
                } catch (RuntimeException | LinkageError e) {
                    ui.execute(() -> corrector.say("Suggestions failed: " + e.getMessage()));
                    return;
                }
                ui.execute(() -> {
                    if (mine == refreshes && asked == session) {
                        show(found, text);
                    }
                });
            });
        }
    }

    private void show(List<Suggestion> found, String text) {
        Suggestion before = selected.get();
        shownFor = text;
        suggestions.setAll(found);
        if (before != null && !suggestions.contains(before)) {
            selected.set(null);
        }
        revision.set(revision.get() + 1);
    }

    // ---------------------------------------------------------------- moving

    /** J: the suggestion after the selected one, or the first after {@code caret}. */
    public void selectNext(int caret) {
        move(caret, true);
    }

    /** Shift+J: the one before. */
    public void selectPrevious(int caret) {
        move(caret, false);
    }

    private void move(int caret, boolean forward) {
        if (suggestions.isEmpty()) {
            said = session != null && session.isReady() ? "No suggestions in this cable" : "Suggestions are still being gathered";
            corrector.say(said);
            return;
        }
        int at = selected.get() == null ? -1 : suggestions.indexOf(selected.get());
        int next;
        if (at >= 0) {
            next = Math.floorMod(at + (forward ? 1 : -1), suggestions.size());
        } else {
            next = forward ? 0 : suggestions.size() - 1;
            for (int i = 0; i < suggestions.size(); i++) {
                if (forward ? suggestions.get(i).start() >= caret : suggestions.get(i).start() < caret) {
                    next = i;
                    if (forward) {
                        break;
                    }
                }
            }
        }
        select(suggestions.get(next));
    }

    public void select(Suggestion suggestion) {
        if (suggestion != null) {
            corrector.select(null);
            said = "Suggestion " + describe(suggestion);
            corrector.say(said);
        }
        selected.set(suggestion);
    }

    /**
     * Text {@code [start, end)} was selected in the cable text: the suggestion selected before lets go unless the
     * text is exactly that suggestion's, so its frame and its line in the status bar go; they stayed while the
     * keys acted on the text.
     */
    public void textSelected(int start, int end) {
        Suggestion suggestion = selected.get();
        if (end > start && suggestion != null && (suggestion.start() != start || suggestion.end() != end)) {
            selected.set(null);
            unsay();
        }
    }

    /** "PER “Rubaie” from the gazetteer, score 0.90 — Enter accepts, Backspace rejects". */
    private static String describe(Suggestion s) {
        return s.label() + " “" + s.text().replace('\n', ' ') + "” from the " + s.source().id()
                + (s.evidence().id().equals(s.source().id()) ? "" : " (" + s.evidence().id() + ")")
                + String.format(java.util.Locale.ROOT, ", score %.2f", s.score()) + " — Enter accepts, Backspace rejects";
    }

    /**
     * Another cable is shown: what the status bar says about the suggestions of the cable before (the selected
     * one's text, score and keys; that it has none) no longer holds there, so it goes, unless something has been
     * said since.
     */
    private void unsay() {
        if (said != null && said.equals(corrector.messageProperty().get())) {
            corrector.say("");
        }
        said = null;
    }

    // ---------------------------------------------------------------- deciding

    /** Enter: accepts the selected suggestion and selects the next one. Returns false when none is selected. */
    public boolean acceptSelected() {
        Suggestion suggestion = selected.get();
        if (suggestion == null) {
            return false;
        }
        int cable = corrector.currentCable();
        decide(() -> session.accept(cable, suggestion), suggestion);
        return true;
    }

    /** Backspace: rejects the selected suggestion and selects the next one. Returns false when none is selected. */
    public boolean rejectSelected() {
        Suggestion suggestion = selected.get();
        if (suggestion == null) {
            return false;
        }
        int cable = corrector.currentCable();
        decide(() -> session.reject(cable, suggestion), suggestion);
        return true;
    }

    public void acceptAllInCable() {
        int cable = corrector.currentCable();
        decide(() -> session.acceptAll(cable), null);
    }

    public void rejectAllInCable() {
        int cable = corrector.currentCable();
        decide(() -> session.rejectAll(cable), null);
    }

    /** Accepts every suggestion with the selected one's text and label across the corpus. */
    public void acceptTextEverywhere() {
        Suggestion suggestion = requireSelected();
        if (suggestion != null) {
            decide(() -> session.acceptText(suggestion), null);
        }
    }

    /** Rejects the selected one's text with its label everywhere, now and in later sessions. */
    public void rejectTextEverywhere() {
        Suggestion suggestion = requireSelected();
        if (suggestion != null) {
            int cable = corrector.currentCable();
            decide(() -> session.rejectText(cable, suggestion), suggestion);
        }
    }

    private Suggestion requireSelected() {
        if (selected.get() == null) {
            corrector.say("Select a suggestion first (J)");
        }
        return selected.get();
    }

    private void decide(Supplier<Selection> action, Suggestion from) {
        if (session == null || corrector.document() == null) {
            return;
        }
        corrector.runEdit(() -> {
            try {
                return action.get();
            } catch (UncheckedIOException e) {
                throw new EditRejectedException(e.getMessage());
            }
        });
        String outcome = corrector.messageProperty().get(); // what was accepted or rejected, or why not
        refresh();
        if (from != null) {
            suggestions.remove(from); // decided: a large cable's list is found again on another thread meanwhile
            for (Suggestion next : suggestions) {
                if (next.start() >= from.end()) {
                    select(next);
                    // the outcome first: selecting the next one must not take the feedback away
                    said = EditMessages.withNote(outcome, "Next: " + describe(next));
                    corrector.say(said);
                    return;
                }
            }
        }
    }

    /**
     * The report's section on how good the suggestions are (precision and recall of each source on reviewed
     * cables held aside), kept until the reviewed cables change. Background thread; null when cancelled.
     */
    public ReportSection qualitySection(BooleanSupplier cancelled) {
        SuggestionSession mine = session;
        if (mine == null) {
            return SuggestionQualitySection.unavailable("Not estimated: no corpus is open.");
        }
        try {
            List<SourceQuality> estimate = mine.quality(cancelled);
            return estimate == null ? null : SuggestionQualitySection.of(estimate);
        } catch (IOException | RuntimeException e) {
            return SuggestionQualitySection.unavailable("Not estimated: " + e.getMessage());
        }
    }
}
