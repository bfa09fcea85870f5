package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.text.Counted;
import cabletag.workspace.CableChange;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.Rejections;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.Selection;
import cabletag.workspace.UndoableStep;
import cabletag.workspace.Workspace;
import cabletag.workspace.WorkspaceChange;
import cabletag.workspace.WorkspaceListener;
import cabletag.workspace.namefinder.NameFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The suggestions of an open workspace, for the window: gathers the corpus's evidence in a background
 * pass ({@link #gather}, one {@code workspace.document(i)} at a time, none kept), trains the name finder
 * on demand ({@link #retrain}) or takes the one saved in the store, and makes accepting and rejecting
 * undoable edits of the workspace. Accepting adds an entity (an ordinary edit; it joins the gazetteer as
 * the analyst's own at once: the session hears the workspace's edits and keeps them as {@link LiveEvidence}
 * over the gathered gazetteer, so its text is suggested in other cables without gathering again; an undo
 * takes it back out, a cable marked reviewed moves its entities to the strongest evidence); rejecting records
 * the rejection in the workspace's {@link Rejections} through its undo history, and a cable's rejections are those
 * the workspace places on it as the commands do ({@link Workspace#rejectedPlaces}): they follow it when its file
 * moves or changes.
 *
 * <p>{@link #gather}, {@link #retrain} and {@link #quality} run on a background thread; everything else on
 * the workspace's thread (the UI thread). {@link #close} stops listening to the workspace.
 */
public final class SuggestionSession {

    private final Workspace workspace;
    private final Rejections rejections;
    private final NameFinderStore models;
    private final SuggestionSettings settings;
    /** The gazetteer of the last gathering, and the one in use: that one with the live evidence. */
    private volatile Gazetteer gathered;
    private volatile Gazetteer gazetteer;
    private final LiveEvidence live = new LiveEvidence();
    /** Each cable's review status as the gazetteer in use counts its entities; null before the first gathering. */
    private ReviewStatus[] counted;
    /** The cables reviewed when the evidence was gathered. */
    private BitSet gatheredReviewed;
    /** Whether the gazetteer in use lags behind the live evidence (rebuilt when next asked). */
    private boolean stale;
    private volatile NameFinder finder;
    private volatile CorpusEvidence evidence;
    private final List<String> problems = new ArrayList<>();
    private final WorkspaceListener listener = this::changed;
    /** The last quality estimate and the reviewed cables it was made on. */
    private BitSet qualityOf;
    private List<SourceQuality> quality;

    public SuggestionSession(Workspace workspace, SuggestionSettings settings) {
        this.workspace = workspace;
        this.settings = settings;
        this.rejections = workspace.rejections();
        this.models = new NameFinderStore(storeRoot(workspace));
        problems.addAll(rejections.problems());
        workspace.addListener(listener);
    }

    /** Stops hearing the workspace's edits (another corpus is open, or the window closes). */
    public void close() {
        workspace.removeListener(listener);
    }

    /** The store root: the folder above the corrections' {@code store/} folder. */
    private static Path storeRoot(Workspace workspace) {
        return workspace.storeDir().getParent();
    }

    /** Problems to show: a rejections file or a saved model that cannot be read. */
    public synchronized List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(rejections.problems());
        return List.copyOf(new java.util.LinkedHashSet<>(all));
    }

    public Rejections rejections() {
        return rejections;
    }

    public NameFinderStore models() {
        return models;
    }

    /**
     * One pass over the corpus gathering the evidence, then the gazetteer; takes the saved name finder if
     * there is one. Background thread. Returns false when cancelled.
     */
    public boolean gather(DoubleConsumer progress, BooleanSupplier cancelled) {
        long mark = live.mark();
        Pass pass = pass(progress, cancelled);
        if (pass == null) {
            return false;
        }
        evidence = pass.evidence();
        synchronized (this) {
            gathered = pass.evidence().gazetteer();
            gatheredReviewed = reviewedIn(pass.statuses());
            counted = pass.statuses();
            live.dropUpTo(mark); // what the pass has read itself; changes made while it ran stay
            gazetteer = gathered;
            stale = !live.isEmpty();
        }
        if (finder == null) {
            try {
                finder = models.load(note -> {
                    synchronized (this) {
                        problems.add(note); // listed with the suggestions' problems, until a training clears them
                    }
                }).orElse(null);
            } catch (IOException e) {
                synchronized (this) {
                    problems.add(e.getMessage());
                }
            }
        }
        return true;
    }

    /** The evidence of one pass over the corpus, and each cable's status as the pass saw it. */
    private record Pass(CorpusEvidence evidence, ReviewStatus[] statuses) { }

    /** One pass over the corpus, one cable at a time; null when cancelled. */
    private Pass pass(DoubleConsumer progress, BooleanSupplier cancelled) {
        CorpusEvidence gathered = new CorpusEvidence(settings);
        int size = workspace.size();
        ReviewStatus[] statuses = new ReviewStatus[size];
        for (int cable = 0; cable < size; cable++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            Document document = workspace.document(cable);
            statuses[cable] = workspace.status(cable);
            gathered.addCable(document, statuses[cable] == ReviewStatus.REVIEWED);
            progress.accept((cable + 1.0) / size);
        }
        return new Pass(gathered, statuses);
    }

    // ---------------------------------------------------------------- the analyst's edits, at once

    /** An edit, undo or redo, or a change of review status: the gazetteer in use follows it (the workspace's thread). */
    private synchronized void changed(WorkspaceChange change) {
        if (counted == null) {
            return; // the first gathering is still running and reads the cables as they are
        }
        boolean moved = false;
        for (CableChange edit : change.spanChanges()) {
            if (edit.cable() >= counted.length) {
                continue;
            }
            Document document = workspace.document(edit.cable());
            boolean reviewed = counted[edit.cable()] == ReviewStatus.REVIEWED;
            live.change(document, edit.removed(), reviewed, -1);
            live.change(document, edit.added(), reviewed, 1);
            moved = true;
        }
        for (int cable : change.cables()) {
            if (cable >= counted.length) {
                continue;
            }
            ReviewStatus now = workspace.status(cable);
            boolean was = counted[cable] == ReviewStatus.REVIEWED;
            if (was != (now == ReviewStatus.REVIEWED)) {
                Document document = workspace.document(cable);
                List<Span> all = document.spans().stream().toList();
                live.change(document, all, was, -1);
                live.change(document, all, !was, 1);
                moved = true;
            }
            counted[cable] = now;
        }
        stale |= moved;
    }

    /** The gazetteer in use, the live evidence applied (an overlay of the gathered one, made once per batch of edits). */
    private synchronized Gazetteer current() {
        if (stale) {
            gazetteer = live.applyTo(gathered);
            stale = false;
        }
        return gazetteer;
    }

    // ---------------------------------------------------------------- how good the suggestions are

    /**
     * Precision and recall of each source on reviewed cables held aside ({@link SuggestionQuality}), from
     * the last gathering while the same cables are reviewed, else from a pass of its own; kept until
     * the reviewed cables change, since each estimate trains the name finder once per fold. Background
     * thread; null when cancelled.
     */
    public List<SourceQuality> quality(BooleanSupplier cancelled) throws IOException {
        BitSet reviewed = new BitSet();
        for (int cable = 0; cable < workspace.size(); cable++) {
            if (workspace.status(cable) == ReviewStatus.REVIEWED) {
                reviewed.set(cable);
            }
        }
        CorpusEvidence from;
        synchronized (this) {
            if (reviewed.equals(qualityOf)) {
                return quality;
            }
            from = evidence != null && reviewed.equals(gatheredReviewed) ? evidence : null;
        }
        if (from == null) {
            Pass pass = pass(fraction -> { }, cancelled);
            if (pass == null) {
                return null;
            }
            from = pass.evidence();
        }
        List<SourceQuality> estimate = SuggestionQuality.estimate(from, cancelled);
        if (estimate == null) {
            return null;
        }
        synchronized (this) {
            qualityOf = reviewed;
            quality = estimate;
        }
        return estimate;
    }

    /** The reviewed cables of a pass's statuses. */
    private static BitSet reviewedIn(ReviewStatus[] statuses) {
        BitSet reviewed = new BitSet();
        for (int cable = 0; cable < statuses.length; cable++) {
            if (statuses[cable] == ReviewStatus.REVIEWED) {
                reviewed.set(cable);
            }
        }
        return reviewed;
    }

    /** Trains the name finder on the evidence of the last {@link #gather} and saves it. Background thread. */
    public void retrain() throws IOException {
        CorpusEvidence gathered = evidence;
        if (gathered == null) {
            throw new IllegalStateException("gather the evidence first");
        }
        NameFinder trained = gathered.trainNameFinder(); // IllegalArgumentException: nothing to learn from
        models.save(trained);
        finder = trained;
        synchronized (this) {
            problems.removeIf(problem -> problem.startsWith(models.file().toString())); // a model that could not be read is replaced
        }
    }

    public boolean isReady() {
        return gazetteer != null;
    }

    public boolean hasModel() {
        return finder != null;
    }

    /** The evidence of the last gathering (for the quality estimate), if any. */
    public Optional<CorpusEvidence> evidence() {
        return Optional.ofNullable(evidence);
    }

    public int gazetteerSize() {
        Gazetteer current = gazetteer == null ? null : current();
        return current == null ? 0 : current.size();
    }

    /** The suggestions in a cable as it is now, from both sources (none before the first gathering). */
    public List<Suggestion> suggestions(int cable) {
        return suggestions(cable, EnumSet.allOf(SuggestionSource.class));
    }

    public List<Suggestion> suggestions(int cable, Set<SuggestionSource> sources) {
        return finding(cable, sources, false).get();
    }

    /**
     * The cable's suggestions as {@link #suggestions(int)} finds them now, to be computed on another thread:
     * what they depend on (the cable as it is, the gazetteer with the edits so far, the rejections, a name
     * finder of its own) is taken here, on the workspace's thread. A large cable's suggestions take tens of
     * milliseconds, too long to find again on the UI thread after every edit.
     */
    public Supplier<List<Suggestion>> suggestionsElsewhere(int cable) {
        return finding(cable, EnumSet.allOf(SuggestionSource.class), true);
    }

    /** {@code ownFinder}: a name finder of its own ({@code NameFinderME} is not thread-safe), for another thread. */
    private Supplier<List<Suggestion>> finding(int cable, Set<SuggestionSource> sources, boolean ownFinder) {
        Gazetteer current = gazetteer == null ? null : current();
        if (current == null) {
            return List::of;
        }
        Document document = workspace.document(cable);
        Document original = workspace.original(cable);
        RejectionCheck rejected = RejectionCheck.of(rejections, workspace.rejectedPlaces(cable), original, document);
        NameFinder shared = finder;
        NameFinder with = ownFinder && shared != null ? shared.copy() : shared;
        return () -> new Suggester(current, with).suggest(document, rejected, sources);
    }

    // ---------------------------------------------------------------- accepting

    /** Adds the suggestion as an entity: one undoable edit. */
    public Selection accept(int cable, Suggestion suggestion) {
        return workspace.addSpans(Map.of(cable, List.of(suggestion.span())),
                "Accept suggestion " + quoted(suggestion.text()) + " as " + suggestion.label());
    }

    /** Accepts every suggestion of a cable (the first where two overlap): one undoable edit. */
    public Selection acceptAll(int cable) {
        List<Span> spans = nonOverlapping(suggestions(cable));
        if (spans.isEmpty()) {
            throw new EditRejectedException("No suggestions in this cable.");
        }
        return workspace.addSpans(Map.of(cable, spans), "Accept " + Counted.of(spans.size(), "suggestion", "suggestions")
                + " in this cable");
    }

    /** Accepts every suggestion of this text with this label in the corpus: one undoable edit. */
    public Selection acceptText(Suggestion like) {
        Map<Integer, List<Span>> spans = new LinkedHashMap<>();
        int count = 0;
        for (int cable = 0; cable < workspace.size(); cable++) {
            List<Suggestion> same = new ArrayList<>();
            for (Suggestion suggestion : suggestions(cable)) {
                if (suggestion.text().equals(like.text()) && suggestion.label().equals(like.label())) {
                    same.add(suggestion);
                }
            }
            List<Span> chosen = nonOverlapping(same);
            if (!chosen.isEmpty()) {
                spans.put(cable, chosen);
                count += chosen.size();
            }
        }
        if (spans.isEmpty()) {
            throw new EditRejectedException("No suggestion " + quoted(like.text()) + " left.");
        }
        return workspace.addSpans(spans, "Accept " + count + " × " + quoted(like.text()) + " as " + like.label()
                + " in " + Counted.of(spans.size(), "cable", "cables"));
    }

    private static List<Span> nonOverlapping(List<Suggestion> suggestions) {
        List<Span> spans = new ArrayList<>();
        int end = -1;
        for (Suggestion suggestion : suggestions) { // in text order, gazetteer first at a place
            if (suggestion.start() >= end) {
                spans.add(suggestion.span());
                end = suggestion.end();
            }
        }
        return spans;
    }

    // ---------------------------------------------------------------- rejecting

    /** Rejects the suggestion at its place: one undoable step; it stays rejected across sessions. */
    public Selection reject(int cable, Suggestion suggestion) {
        return rejectPlaces(cable, List.of(suggestion), "Reject suggestion " + quoted(suggestion.text()) + " (" + suggestion.label() + ")");
    }

    /** Rejects every suggestion of a cable: one undoable step. */
    public Selection rejectAll(int cable) {
        List<Suggestion> all = suggestions(cable);
        if (all.isEmpty()) {
            throw new EditRejectedException("No suggestions in this cable.");
        }
        return rejectPlaces(cable, all, "Reject " + Counted.of(all.size(), "suggestion", "suggestions") + " in this cable");
    }

    /** Rejects this text with this label in every cable, now and later: one undoable step. */
    public Selection rejectText(int cable, Suggestion like) {
        Rejections.Everywhere text = new Rejections.Everywhere(like.text(), like.label());
        Selection at = new Selection(cable, null, like.start());
        return workspace.record(step("Reject " + quoted(like.text()) + " as " + like.label() + " everywhere", at,
                () -> rejections.change(List.of(), List.of(), List.of(text), List.of()),
                () -> rejections.change(List.of(), List.of(), List.of(), List.of(text))));
    }

    private Selection rejectPlaces(int cable, List<Suggestion> suggestions, String description) {
        List<Rejections.AtPlace> places = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            places.add(workspace.rejectionAt(cable, suggestion.start(), suggestion.end(), suggestion.label(), suggestion.text()));
        }
        Selection at = new Selection(cable, null, suggestions.get(0).start());
        return workspace.record(step(description, at,
                () -> rejections.change(places, List.of(), List.of(), List.of()),
                () -> rejections.change(List.of(), places, List.of(), List.of())));
    }

    /** A change of the rejections as an undoable step. */
    private interface Change {
        void run() throws IOException;
    }

    private static UndoableStep step(String description, Selection selection, Change forward, Change back) {
        return new UndoableStep() {
            @Override
            public void apply() {
                run(forward);
            }

            @Override
            public void revert() {
                run(back);
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Selection selection() {
                return selection;
            }
        };
    }

    private static void run(Change change) {
        try {
            change.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the rejected suggestions could not be saved: " + e.getMessage(), e);
        }
    }

    private static String quoted(String text) {
        String flat = text.replace('\n', ' ');
        return "\u201C" + (flat.length() > 40 ? flat.substring(0, 39) + "…" : flat) + "\u201D";
    }
}
