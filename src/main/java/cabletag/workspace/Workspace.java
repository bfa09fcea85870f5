package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import cabletag.formats.CorpusReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * A correction session over a corpus: the cables, their corrected spans and review status, the undo
 * history, and the store that keeps every correction. Each edit is one undoable command and is
 * written to the store before the call returns, so a crash loses nothing that was confirmed.
 * The original files are only ever read.
 *
 * <p>Not thread-safe: call from one thread (the UI thread); only {@link #open} does work in parallel.
 */
public final class Workspace implements AutoCloseable {

    private final List<Path> inputs;
    private final CorrectionFiles files;
    private final List<CableState> cables;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final List<String> problems;
    private final EditHistory history = new EditHistory();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<Integer> unsaved = new TreeSet<>();
    // Store files of an older version or name, replaced by the current file once that is written.
    private final Set<Path> superseded = new LinkedHashSet<>();
    private final SpanTarget target = (cable, change) -> cable(cable).apply(change);
    private long savedRevision;
    private boolean closed;

    private Workspace(List<Path> inputs, CorrectionFiles files, List<CableState> cables, List<String> problems) {
        this.inputs = List.copyOf(inputs);
        this.files = files;
        this.cables = cables;
        this.problems = problems;
        for (CableState cable : cables) {
            indexByName.putIfAbsent(cable.read.source().name(), cable.index);
        }
    }

    /** Opens files/folders; restores stored corrections and statuses; progress 0..1 (may be null). */
    public static Workspace open(List<Path> inputs, StoreLocation store, DoubleConsumer progress) throws IOException {
        return open(new ReaderCorpus(CorpusReader.standard(), inputs), new CorrectionFiles(store.workspaceDir(inputs)), inputs, progress);
    }

    static Workspace open(CorpusSource source, CorrectionFiles files, List<Path> inputs, DoubleConsumer progress)
            throws IOException {
        DoubleConsumer report = progress == null ? fraction -> { } : progress;
        List<String> problems = new ArrayList<>();
        List<Document> documents = source.readAll(fraction -> report.accept(0.9 * fraction), problems);
        List<CableState> cables = new ArrayList<>(documents.size());
        for (Document document : documents) {
            cables.add(new CableState(cables.size(), document));
        }
        Workspace workspace = new Workspace(inputs, files, cables, problems);
        workspace.restore(files.readAll(problems));
        workspace.flushQuietly();
        report.accept(1.0);
        return workspace;
    }

    private void restore(List<StoredCorrection> stored) throws IOException {
        Map<String, CableState> byKey = new HashMap<>();
        Map<String, CableState> byName = new HashMap<>();
        for (CableState cable : cables) {
            byKey.putIfAbsent(cable.key, cable);
            byName.putIfAbsent(cable.read.source().name(), cable);
        }
        for (StoredCorrection correction : stored) {
            CableState cable = correction.id() == null ? byName.get(correction.document()) : byKey.get(correction.key());
            if (cable == null) {
                problems.add("Stored corrections for " + correction.document()
                        + " match no document in the inputs; they are kept in the store untouched.");
                continue;
            }
            cable.status(correction.status());
            if (correction.file() != null && !correction.file().equals(files.fileFor(cable.key))) {
                superseded.add(correction.file());
                unsaved.add(cable.index);
            }
            if (!correction.hasSpanChanges() && correction.sourceSha256() != null
                    && correction.sourceSha256().equals(cable.sourceHash)) {
                continue;
            }
            Reapplier.Result result = Reapplier.reapply(cable.read, cable.sourceHash, correction);
            cable.restore(result.spans(), result.removed(), result.added());
            if (result.sourceChanged() || !result.complete() || correction.id() == null) {
                reportReapply(cable, correction, result);
                unsaved.add(cable.index); // rewritten against the current source, after keeping a copy
            }
        }
    }

    private void reportReapply(CableState cable, StoredCorrection correction, Reapplier.Result result) throws IOException {
        String name = cable.read.source().name();
        int total = correction.removed().size() + correction.added().size();
        if (result.sourceChanged()) {
            cable.notes().add(name + ": the file changed since the corrections were saved; re-applied "
                    + result.reapplied() + " of " + total + ".");
        } else if (!result.complete()) {
            cable.notes().add(name + ": re-applied " + result.reapplied() + " of " + total + " stored corrections.");
        }
        for (String failure : result.notReapplied()) {
            cable.notes().add(name + ": could not re-apply " + failure + ".");
        }
        if (!result.complete()) {
            Path copy = files.keepCopy(correction.key(), "before-reapply");
            if (copy != null) {
                cable.notes().add(name + ": the corrections as they were are kept in " + copy + ".");
            }
        }
        problems.addAll(cable.notes());
    }

    // ---------------------------------------------------------------- reading

    public List<CableEntry> cables() {
        List<CableEntry> entries = new ArrayList<>(cables.size());
        for (CableState cable : cables) {
            entries.add(entry(cable));
        }
        return entries;
    }

    public CableEntry entry(int cable) {
        return entry(cable(cable));
    }

    private static CableEntry entry(CableState cable) {
        return new CableEntry(cable.index, cable.read.source().name(), cable.current().spans().size(),
                cable.problemCount(), cable.status());
    }

    public int size() {
        return cables.size();
    }

    /** The cable as corrected so far. */
    public Document document(int cable) {
        return cable(cable).current();
    }

    /** The cable as read from its file, before any correction. */
    public Document original(int cable) {
        return cable(cable).read;
    }

    /** The index of the cable with this source name, if any. */
    public OptionalInt indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Skipped files, store re-apply reports, store write failures... in the order they happened. */
    public List<String> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** What the analyst should know about one cable: reading diagnostics and store re-apply notes. */
    public List<String> problems(int cable) {
        CableState state = cable(cable);
        List<String> result = new ArrayList<>();
        state.read.diagnostics().forEach(d -> result.add(d.format(state.read.source().name())));
        result.addAll(state.notes());
        return result;
    }

    public List<Path> inputs() {
        return inputs;
    }

    /** The folder this workspace's corrections are stored in. */
    public Path storeDir() {
        return files.dir();
    }

    /** A finder over the cable as corrected, sharing the cable's tokens. */
    public TextFinder finder(int cable) {
        CableState state = cable(cable);
        return new TextFinder(state.current(), state.tokens());
    }

    public List<TextMatch> find(int cable, String query, boolean ignoreCase, boolean wholeTokens) {
        return finder(cable).findAll(query, ignoreCase, wholeTokens);
    }

    // ---------------------------------------------------------------- review status

    public ReviewStatus status(int cable) {
        return cable(cable).status();
    }

    /** Not an undoable edit: review status is the analyst's bookkeeping, saved at once. */
    public void setStatus(int cable, ReviewStatus status) {
        requireOpen();
        if (status == null) {
            throw new IllegalArgumentException("a review status is required");
        }
        CableState state = cable(cable);
        if (state.status() == status) {
            return;
        }
        state.status(status);
        unsaved.add(cable);
        flushQuietly();
        fire(Set.of(cable));
    }

    /** The first cable after {@code afterCable} not yet reviewed, wrapping round; empty when all are. */
    public OptionalInt nextUnreviewed(int afterCable) {
        int size = cables.size();
        for (int step = 1; step <= size; step++) {
            int candidate = Math.floorMod(afterCable + step, size);
            if (candidate != afterCable && cables.get(candidate).status() != ReviewStatus.REVIEWED) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }

    // ---------------------------------------------------------------- edits

    public Selection relabel(int cable, Span span, Label label) {
        requireLabel(label);
        PlannedEdit plan = editor(cable).relabel(span, label);
        return plan == null ? new Selection(cable, span) : push(cable, plan);
    }

    /** Takes the tag away; the text stays. */
    public Selection delete(int cable, Span span) {
        return push(cable, editor(cable).delete(span));
    }

    /** Tags the selection, snapped outwards to whole tokens; a caret inside a word tags that word. */
    public Selection add(int cable, int start, int end, Label label) {
        requireLabel(label);
        return push(cable, editor(cable).add(start, end, label));
    }

    public Selection growStart(int cable, Span span) {
        return push(cable, editor(cable).growStart(span));
    }

    public Selection shrinkStart(int cable, Span span) {
        return push(cable, editor(cable).shrinkStart(span));
    }

    public Selection growEnd(int cable, Span span) {
        return push(cable, editor(cable).growEnd(span));
    }

    public Selection shrinkEnd(int cable, Span span) {
        return push(cable, editor(cable).shrinkEnd(span));
    }

    /** Splits at a word boundary inside the span; both parts keep the label. Selects the first part. */
    public Selection split(int cable, Span span, int at) {
        return push(cable, editor(cable).split(span, at));
    }

    /** Merges two neighbouring entities (only whitespace between); the first one's label wins. */
    public Selection merge(int cable, Span first, Span second) {
        return push(cable, editor(cable).merge(first, second));
    }

    /**
     * Relabel (or tag, when untagged) every whole-token occurrence of span's text, one undoable step.
     * Occurrences where a new tag would cross an existing entity are left alone.
     */
    public Selection applyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        requireOpen();
        requireLabel(label);
        CableState origin = cable(cable);
        if (span == null || span.end() > origin.current().text().length()) {
            throw new EditRejectedException("Select the text whose occurrences should be tagged.");
        }
        String needle = origin.current().textOf(span);
        if (needle.isBlank()) {
            throw new EditRejectedException("Select some text, not only spaces.");
        }
        List<Integer> targets = new ArrayList<>();
        if (scope == OccurrenceScope.CORPUS) {
            for (CableState each : cables) {
                targets.add(each.index);
            }
        } else {
            targets.add(cable);
        }
        OccurrenceTagger tagger = new OccurrenceTagger(needle, label);
        List<SpanEdit> parts = new ArrayList<>();
        for (int index : targets) {
            CableState state = cable(index);
            SpanChange change = tagger.changeFor(state.current(), state.tokens());
            if (!change.isEmpty()) {
                parts.add(new SpanEdit(target, index, change, "", null, null));
            }
        }
        if (parts.isEmpty()) {
            throw new EditRejectedException(tagger.skipped() > 0
                    ? "No occurrence of " + Quotes.of(needle) + " can be tagged " + label + " without crossing another entity."
                    : "Every occurrence of " + Quotes.of(needle) + " is already tagged " + label + ".");
        }
        Span selectAfter = new Span(span.start(), span.end(), label);
        if (!tagger.touched(cable, selectAfter, parts) && !origin.current().spans().containsSpan(selectAfter)) {
            selectAfter = tagger.firstAdded(cable, parts);
        }
        Span selectAfterUndo = origin.current().spans().containsSpan(span) ? span : null;
        String where = scope == OccurrenceScope.CORPUS ? " in " + parts.size() + " cable" + (parts.size() == 1 ? "" : "s") : "";
        String description = "Tag " + tagger.changed() + " occurrence" + (tagger.changed() == 1 ? "" : "s") + " of "
                + Quotes.of(needle) + " as " + label + where
                + (tagger.skipped() > 0 ? " (" + tagger.skipped() + " left alone: they would cross an entity)" : "");
        CompositeEdit edit = new CompositeEdit(parts, description, new Selection(cable, selectAfter),
                new Selection(cable, selectAfterUndo));
        return perform(() -> history.push(edit), edit, description);
    }

    private Selection push(int cable, PlannedEdit plan) {
        SpanEdit edit = new SpanEdit(target, cable, plan.change(), plan.description(), plan.selectAfter(), plan.selectAfterUndo());
        return perform(() -> history.push(edit), edit, plan.description());
    }

    // ---------------------------------------------------------------- history

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** Takes back the last edit and returns what to select. Throws IllegalStateException when there is none. */
    public Selection undo() {
        requireOpen();
        Edit edit = history.nextUndo();
        if (edit == null) {
            throw new IllegalStateException("nothing to undo");
        }
        return perform(history::undo, edit, "Undo " + edit.description());
    }

    /** Does the last undone edit again and returns what to select. Throws IllegalStateException when there is none. */
    public Selection redo() {
        requireOpen();
        Edit edit = history.nextRedo();
        if (edit == null) {
            throw new IllegalStateException("nothing to redo");
        }
        return perform(history::redo, edit, "Redo " + edit.description());
    }

    /** What undo would take back, e.g. "Relabel “Erbil” as LOC"; empty when nothing. */
    public String undoDescription() {
        Edit edit = history.nextUndo();
        return edit == null ? "" : edit.description();
    }

    public String redoDescription() {
        Edit edit = history.nextRedo();
        return edit == null ? "" : edit.description();
    }

    /** Advances with every edit, undo and redo. */
    public long revision() {
        return history.revision();
    }

    private Selection perform(Supplier<Selection> action, Edit edit, String description) {
        requireOpen();
        Selection selection;
        try {
            selection = action.get();
        } catch (SpanConflictException conflict) {
            throw new EditRejectedException(explain(description, edit, conflict), conflict);
        }
        for (int cable : edit.cables()) {
            CableState state = cable(cable);
            if (state.status() == ReviewStatus.NEW) {
                state.status(ReviewStatus.IN_PROGRESS);
            }
            unsaved.add(cable);
        }
        flushQuietly();
        fire(edit.cables());
        return selection;
    }

    private String explain(String description, Edit edit, SpanConflictException conflict) {
        Document document = cable(edit.cables().iterator().next()).current();
        Span rejected = conflict.rejected();
        Span existing = conflict.existing();
        String reason;
        if (rejected != null && existing != null && rejected.sameRange(existing)) {
            reason = Quotes.of(document, rejected) + " is already tagged " + existing.label();
        } else if (rejected != null && existing != null) {
            reason = Quotes.of(document, rejected) + " would cross " + Quotes.entity(document, existing)
                    + "; entities may nest but not cross";
        } else {
            reason = conflict.getMessage();
        }
        return "Cannot " + Character.toLowerCase(description.charAt(0)) + description.substring(1) + ": " + reason + ".";
    }

    // ---------------------------------------------------------------- saving

    /** Edits or statuses not yet on disk (only after a failed write: edits are saved as they happen). */
    public boolean isDirty() {
        return !unsaved.isEmpty() || savedRevision != history.revision();
    }

    /** Writes whatever is not on disk yet. Throws UncheckedIOException when the store cannot be written. */
    public void save() {
        try {
            flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save corrections to " + files.dir() + ": " + e.getMessage(), e);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            String message = "Could not save corrections to " + files.dir() + " (will retry with the next edit): " + e;
            if (problems.isEmpty() || !problems.get(problems.size() - 1).equals(message)) {
                problems.add(message);
            }
        }
    }

    private void flush() throws IOException {
        if (!unsaved.isEmpty()) {
            files.writeManifestIfMissing(inputs);
        }
        for (Integer index : new ArrayList<>(unsaved)) {
            CableState cable = cable(index);
            if (cable.isWorthStoring()) {
                files.write(cable.toStored());
            } else {
                files.delete(cable.key);
            }
            unsaved.remove(index);
        }
        for (Path old : new ArrayList<>(superseded)) {
            java.nio.file.Files.deleteIfExists(old);
            superseded.remove(old);
        }
        savedRevision = history.revision();
    }

    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    private void fire(Set<Integer> changed) {
        Set<Integer> copy = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
        for (WorkspaceListener listener : listeners) {
            listener.cablesChanged(copy);
        }
    }

    /** Flushes; the workspace cannot be edited afterwards. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        save();
        closed = true;
    }

    // ---------------------------------------------------------------- helpers

    private CableState cable(int index) {
        if (index < 0 || index >= cables.size()) {
            throw new IndexOutOfBoundsException("no cable " + index + " (the workspace has " + cables.size() + ")");
        }
        return cables.get(index);
    }

    private EntityEditor editor(int cable) {
        requireOpen();
        CableState state = cable(cable);
        return new EntityEditor(state.current(), state.tokens());
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the workspace is closed");
        }
    }

    private static void requireLabel(Label label) {
        if (label == null) {
            throw new EditRejectedException("Choose a label.");
        }
    }

    /** Works out, cable by cable, what tagging every occurrence of one text means. */
    private static final class OccurrenceTagger {
        private final String needle;
        private final Label label;
        private int changed;
        private int skipped;

        OccurrenceTagger(String needle, Label label) {
            this.needle = needle;
            this.label = label;
        }

        /**
         * Matches never overlap one another and a relabel keeps its range, so every candidate is checked
         * against the cable's spans as they are, and the whole change is applied in one rebuild.
         */
        SpanChange changeFor(Document document, TokenIndex tokens) {
            List<Span> removed = new ArrayList<>();
            List<Span> added = new ArrayList<>();
            SpanSet spans = document.spans();
            for (TextMatch match : new TextFinder(document, tokens).findAll(needle, false, true)) {
                Optional<Span> existing = spans.atRange(match.start(), match.end());
                Span wanted = new Span(match.start(), match.end(), label);
                if (existing.isPresent()) {
                    if (!existing.get().label().equals(label)) {
                        removed.add(existing.get());
                        added.add(wanted);
                        changed++;
                    }
                } else if (spans.conflictWith(wanted).isPresent()) {
                    skipped++;
                } else {
                    added.add(wanted);
                    changed++;
                }
            }
            return new SpanChange(removed, added);
        }

        boolean touched(int cable, Span span, List<SpanEdit> parts) {
            for (SpanEdit part : parts) {
                if (part.cable() == cable && part.change().added().contains(span)) {
                    return true;
                }
            }
            return false;
        }

        Span firstAdded(int cable, List<SpanEdit> parts) {
            for (SpanEdit part : parts) {
                if (part.cable() == cable && !part.change().added().isEmpty()) {
                    return part.change().added().get(0);
                }
            }
            return null;
        }

        int changed() {
            return changed;
        }

        int skipped() {
            return skipped;
        }
    }
}
