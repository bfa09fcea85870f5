package cabletag.workspace;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.text.Counted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The analyst's edits, each one undoable command (after Scene Builder's JobManager), and the undo
 * history. Every edit, undo and redo marks its cables unsaved, has them written, and tells the views
 * exactly which spans went and came. An edit of a cable marked reviewed puts it back in progress and
 * says so: a reviewed mark must stand for the cable as it is. Marking a cable is a step of the same
 * history, so that each undo takes back the last thing done and restores the status from before it.
 */
final class EditService {

    private final CorpusLoader loader;
    private final StoreSync sync;
    private final Consumer<WorkspaceChange> events;
    private final EditHistory history = new EditHistory();
    private final List<CableChange> applied = new ArrayList<>();
    /**
     * Cables the running step wrote as it went (see the target), with the status they were written with: the
     * step sets the statuses before it changes spans (see {@link ReopeningEdit}), so each is written once, and
     * again only if its status is not the one written (a step refused half way, which puts them back).
     */
    private final Map<Integer, ReviewStatus> writtenDuringEdit = new HashMap<>();
    private final SpanTarget target;
    /** Status is part of a cable's summary: read and set without parsing it. */
    private final CableStatuses statuses;
    private String lastNote = "";
    /** Where a deletion says "no entity here" to the suggestions ({@link DeletionSaysNo}). */
    private final Supplier<Rejections> rejections;

    EditService(CorpusLoader loader, StoreSync sync, Consumer<WorkspaceChange> events, Supplier<Rejections> rejections) {
        this.loader = loader;
        this.rejections = rejections;
        this.sync = sync;
        this.events = events;
        // A cable let go since the edit is read again, as the store has it. One not in use (a corpus-wide edit
        // touches thousands) is written at once and let go again, so the edit holds one cable at a time.
        this.target = (cable, change) -> loader.visit(cable, state -> {
            state.apply(change);
            applied.add(new CableChange(cable, change.removed(), change.added()));
            sync.markUnsaved(cable); // kept parsed until written
            if (!loader.isInUse(cable)) {
                sync.flushNow(state);
                writtenDuringEdit.put(cable, state.status());
            }
            return null;
        });
        this.statuses = new CableStatuses() {
            @Override
            public ReviewStatus of(int cable) {
                return loader.cable(cable).status();
            }

            @Override
            public void set(int cable, ReviewStatus status) {
                loader.cable(cable).status(status);
            }
        };
    }

    long revision() {
        return history.revision();
    }

    /** Forgets the steps of the undo history that touch {@code cable} (see {@link EditHistory#forget}); says how many. */
    int forgetSteps(int cable) {
        return history.forget(cable);
    }

    // ---------------------------------------------------------------- single edits

    Selection relabel(int cable, Span span, Label label) {
        requireLabel(label);
        PlannedEdit plan = editor(cable).relabel(span, label);
        return plan == null ? new Selection(cable, span) : push(cable, plan);
    }

    Selection delete(int cable, Span span) {
        PlannedEdit plan = editor(cable).delete(span);
        SpanEdit edit = new SpanEdit(target, cable, plan.change(), plan.description(), plan.selectAfter(), plan.selectAfterUndo());
        return pushDeletion(sayingNo(edit, List.of(edit)), plan.description());
    }

    /** Pushes a deletion; its note says when its places could not be kept for the next session ({@link DeletionSaysNo}). */
    private Selection pushDeletion(Edit deletion, String description) {
        Selection selection = pushSpans(deletion, description);
        String notKept = DeletionSaysNo.notKept(deletion);
        if (notKept != null) {
            lastNote = lastNote.isEmpty() ? notKept : lastNote + " " + notKept;
        }
        return selection;
    }

    /** A deletion that also says no to the suggestions at the places it deletes ({@link DeletionSaysNo}). */
    private Edit sayingNo(Edit deletion, List<SpanEdit> parts) {
        List<Rejections.AtPlace> places = new ArrayList<>();
        for (SpanEdit part : parts) {
            List<Span> gone = part.change().removed();
            if (!gone.isEmpty()) {
                places.addAll(loader.visit(part.cable(), state -> DeletionSaysNo.placesOf(state, gone)));
            }
        }
        return DeletionSaysNo.of(deletion, rejections, places);
    }

    Selection add(int cable, int start, int end, Label label) {
        requireLabel(label);
        return push(cable, editor(cable).add(start, end, label));
    }

    Selection growStart(int cable, Span span) {
        return push(cable, editor(cable).growStart(span));
    }

    Selection shrinkStart(int cable, Span span) {
        return push(cable, editor(cable).shrinkStart(span));
    }

    Selection growEnd(int cable, Span span) {
        return push(cable, editor(cable).growEnd(span));
    }

    Selection shrinkEnd(int cable, Span span) {
        return push(cable, editor(cable).shrinkEnd(span));
    }

    Selection split(int cable, Span span, int at) {
        return push(cable, editor(cable).split(span, at));
    }

    Selection merge(int cable, Span first, Span second) {
        return push(cable, editor(cable).merge(first, second));
    }

    // ---------------------------------------------------------------- all occurrences

    Selection applyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        requireLabel(label);
        CableState origin = loader.read(cable);
        span = snapped(origin, span, "Select the text whose occurrences should be tagged.");
        String needle = origin.current().textOf(span);
        List<Integer> targets = targets(cable, scope);
        OccurrenceTagger tagger = new OccurrenceTagger(needle, label);
        List<SpanEdit> parts = new ArrayList<>();
        for (int index : targets) {
            SpanChange change = loader.visit(index, state -> tagger.changeFor(state.current(), state.tokens()));
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
        String where = scope == OccurrenceScope.CORPUS ? " in " + Counted.of(parts.size(), "cable", "cables") : "";
        String description = "Tag " + Counted.of(tagger.changed(), "occurrence", "occurrences") + " of "
                + Quotes.of(needle) + " as " + label + where
                + (tagger.skipped() > 0 ? " (" + tagger.skipped() + " left alone: they would cross an entity)" : "");
        CompositeEdit edit = new CompositeEdit(parts, description,
                selectAfter != null ? new Selection(cable, selectAfter) : new Selection(cable, null, span.start()),
                selectAfterUndo != null ? new Selection(cable, selectAfterUndo) : new Selection(cable, null, span.start()));
        return pushSpans(edit, description);
    }

    // ---------------------------------------------------------------- previewed "apply to all"

    OccurrencePlan planApplyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        requireLabel(label);
        CableState origin = loader.read(cable);
        Span snapped = snapped(origin, span, "Select the text whose occurrences should be tagged.");
        String needle = origin.current().textOf(snapped);
        List<Occurrence> occurrences = new ArrayList<>();
        int crossing = 0;
        for (int index : targets(cable, scope)) {
            Map.Entry<List<Occurrence>, Integer> found = loader.visit(index, state -> {
                OccurrencePlanner planner = new OccurrencePlanner(state, needle, label);
                return Map.entry(planner.occurrences(), planner.crossing());
            });
            occurrences.addAll(found.getKey());
            crossing += found.getValue();
        }
        if (occurrences.isEmpty()) {
            throw new EditRejectedException(crossing > 0
                    ? "No occurrence of " + Quotes.of(needle) + " can be tagged " + label + " without crossing another entity."
                    : "Every occurrence of " + Quotes.of(needle) + " is already tagged " + label + ".");
        }
        return new OccurrencePlan(cable, needle, label, scope, occurrences, crossing, history.revision());
    }

    Selection applyOccurrences(OccurrencePlan plan, List<Occurrence> chosen) {
        if (plan.revision() != history.revision()) {
            throw new EditRejectedException("The cables changed since this preview; apply to all again.");
        }
        if (chosen.isEmpty()) {
            throw new EditRejectedException("No occurrence chosen: nothing changed.");
        }
        Map<Integer, List<Span>> removed = new LinkedHashMap<>();
        Map<Integer, List<Span>> added = new LinkedHashMap<>();
        Set<Occurrence> wanted = new HashSet<>(chosen); // a corpus-wide plan may list 100,000
        for (Occurrence occurrence : plan.occurrences()) {
            if (!wanted.contains(occurrence)) {
                continue;
            }
            if (occurrence.existing() != null) {
                removed.computeIfAbsent(occurrence.cable(), c -> new ArrayList<>()).add(occurrence.existing());
            }
            List<Span> toAdd = added.computeIfAbsent(occurrence.cable(), c -> new ArrayList<>());
            if (occurrence.wanted() != null) {
                toAdd.add(occurrence.wanted());
            }
        }
        if (added.isEmpty()) {
            throw new EditRejectedException("The chosen occurrences are not in this preview.");
        }
        List<SpanEdit> parts = new ArrayList<>();
        int count = 0;
        for (Map.Entry<Integer, List<Span>> each : added.entrySet()) {
            List<Span> gone = removed.getOrDefault(each.getKey(), List.of());
            parts.add(new SpanEdit(target, each.getKey(), new SpanChange(gone, each.getValue()), "", null, null));
            count += Math.max(each.getValue().size(), gone.size());
        }
        String where = plan.scope() == OccurrenceScope.CORPUS
                ? " in " + Counted.of(parts.size(), "cable", "cables") : "";
        int left = plan.occurrences().size() - count;
        String description = (plan.label() == null ? "Delete " : "Tag ") + Counted.of(count, "occurrence", "occurrences")
                + " of " + Quotes.of(plan.needle()) + (plan.label() == null ? "" : " as " + plan.label()) + where
                + (left > 0 ? " (" + left + " left as they were)" : "");
        Span first = firstIn(plan.cable(), parts);
        Selection after = first != null ? new Selection(plan.cable(), first)
                : plan.label() == null ? new Selection(parts.get(0).cable(), null, parts.get(0).change().removed().get(0).start())
                : new Selection(parts.get(0).cable(), firstIn(parts.get(0).cable(), parts));
        CompositeEdit edit = new CompositeEdit(parts, description, after,
                new Selection(after.cable(), null, after.anchor()));
        return plan.label() == null ? pushDeletion(sayingNo(edit, parts), description) : pushSpans(edit, description);
    }

    /**
     * A corpus-wide plan over places the caller found (the consistency view's index): each gets
     * {@code label}, or loses its tag when {@code label} is null. Places whose text is no longer
     * {@code needle}, already as asked, or where a new tag would cross an entity, are left out.
     */
    OccurrencePlan planAt(String needle, Label label, List<OccurrenceTarget> places) {
        List<Occurrence> occurrences = new ArrayList<>();
        int crossing = 0;
        // places come cable by cable: each cable's text is counted in code points once
        Map<Integer, CodePoints> points = new HashMap<>();
        for (OccurrenceTarget place : places) {
            CableState state = loader.read(place.cable());
            Document document = state.current();
            String text = document.text();
            if (place.end() > text.length() || place.start() < 0 || place.start() >= place.end()) {
                continue;
            }
            java.util.Optional<Span> existing = document.spans().atRange(place.start(), place.end());
            Span wanted = label == null ? null : new Span(place.start(), place.end(), label);
            if (wanted == null ? existing.isEmpty() : existing.isPresent() && existing.get().label().equals(label)) {
                continue;
            }
            if (wanted != null && existing.isEmpty() && document.spans().conflictWith(wanted).isPresent()) {
                crossing++;
                continue;
            }
            int shownStart = points.computeIfAbsent(state.index, i -> CodePoints.of(text)).toCodePoint(place.start());
            occurrences.add(new Occurrence(state.index, state.name, existing.orElse(null), wanted, shownStart,
                    OccurrencePlanner.context(text, place.start(), place.end()), false, ""));
        }
        if (occurrences.isEmpty()) {
            throw new EditRejectedException(crossing > 0
                    ? "No occurrence of " + Quotes.of(needle) + " can be tagged " + label + " without crossing another entity."
                    : "Nothing to change: every occurrence of " + Quotes.of(needle) + " is already as asked.");
        }
        return new OccurrencePlan(occurrences.get(0).cable(), needle, label, OccurrenceScope.CORPUS, occurrences, crossing,
                history.revision());
    }

    private static Span firstIn(int cable, List<SpanEdit> parts) {
        for (SpanEdit part : parts) {
            if (part.cable() == cable && !part.change().added().isEmpty()) {
                return part.change().added().get(0);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- bulk edits

    /**
     * Deletes every entity with the selected one's text and label, in its cable or the whole corpus, as
     * one undoable step: seven classification markers, one key.
     */
    Selection deleteOccurrences(int cable, Span span, OccurrenceScope scope) {
        CableState origin = loader.read(cable);
        if (span == null || !origin.current().spans().containsSpan(span)) {
            throw new EditRejectedException("Select the entity whose occurrences should be deleted.");
        }
        String text = origin.current().textOf(span);
        List<SpanEdit> parts = new ArrayList<>();
        int count = 0;
        for (int index : targets(cable, scope)) {
            Document document = loader.visit(index, CableState::current);
            List<Span> gone = new ArrayList<>();
            for (Span each : document.spans()) {
                if (each.label().equals(span.label()) && each.length() == span.length() && document.textOf(each).equals(text)) {
                    gone.add(each);
                }
            }
            if (!gone.isEmpty()) {
                parts.add(new SpanEdit(target, index, new SpanChange(gone, List.of()), "", null, null));
                count += gone.size();
            }
        }
        String where = scope == OccurrenceScope.CORPUS
                ? "in " + Counted.of(parts.size(), "cable", "cables") : "in this cable";
        String description = "Delete " + count + " × " + text.replace('\n', ' ') + " (" + span.label() + ") " + where;
        CompositeEdit edit = new CompositeEdit(parts, description,
                new Selection(cable, null, span.start()), new Selection(cable, span));
        return pushDeletion(sayingNo(edit, parts), description);
    }

    /** Deletes these entities of one cable (the table's selected rows) as one undoable step. */
    Selection deleteSpans(int cable, List<Span> spans) {
        List<Span> gone = present(cable, spans);
        String description = "Delete " + Counted.of(gone.size(), "entity", "entities");
        SpanEdit deletion = new SpanEdit(target, cable, new SpanChange(gone, List.of()), "", null, null);
        CompositeEdit edit = new CompositeEdit(List.of(deletion),
                description, new Selection(cable, null, gone.get(0).start()), new Selection(cable, gone.get(0)));
        return pushDeletion(sayingNo(edit, List.of(deletion)), description);
    }

    /** Gives these entities of one cable one label as one undoable step; those that have it already stay. */
    Selection relabelSpans(int cable, List<Span> spans, Label label) {
        requireLabel(label);
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        for (Span span : present(cable, spans)) {
            if (!span.label().equals(label)) {
                removed.add(span);
                added.add(new Span(span.start(), span.end(), label));
            }
        }
        if (removed.isEmpty()) {
            throw new EditRejectedException("Already " + label + ".");
        }
        String description = "Relabel " + Counted.of(removed.size(), "entity", "entities") + " as " + label;
        CompositeEdit edit = new CompositeEdit(List.of(new SpanEdit(target, cable, new SpanChange(removed, added), "", null, null)),
                description, new Selection(cable, added.get(0)), new Selection(cable, removed.get(0)));
        return pushSpans(edit, description);
    }

    /** Adds entities (accepted suggestions) in one or more cables as one undoable step. */
    Selection addSpans(Map<Integer, List<Span>> spans, String description) {
        List<SpanEdit> parts = new ArrayList<>();
        Span first = null;
        int firstCable = -1;
        for (Map.Entry<Integer, List<Span>> entry : new java.util.TreeMap<>(spans).entrySet()) {
            List<Span> added = new ArrayList<>(entry.getValue());
            if (added.isEmpty()) {
                continue;
            }
            added.sort(Span.ORDER);
            loader.read(entry.getKey());
            parts.add(new SpanEdit(target, entry.getKey(), new SpanChange(List.of(), added), description, null, null));
            if (first == null) {
                first = added.get(0);
                firstCable = entry.getKey();
            }
        }
        if (parts.isEmpty()) {
            throw new EditRejectedException("Nothing to accept.");
        }
        CompositeEdit edit = new CompositeEdit(parts, description, new Selection(firstCable, first),
                new Selection(firstCable, null, first.start()));
        return pushSpans(edit, description);
    }

    // ---------------------------------------------------------------- review status

    /**
     * Marks a cable reviewed, back in progress (or new), as a step of the undo history; {@code selected}, the
     * entity the analyst had selected, is selected again when the mark is undone or redone. Null when the
     * cable has that status already: nothing to do, nothing to undo.
     */
    Selection mark(int cable, ReviewStatus status, Span selected) {
        CableState state = loader.read(cable);
        if (state.status() == status) {
            return null;
        }
        StatusEdit edit = new StatusEdit(statuses, cable, status, state.name, new Selection(cable, selected));
        return perform(() -> history.push(edit), edit, edit.description());
    }

    /** Records a step that changes no span (a rejected suggestion) in the undo history. */
    Selection record(UndoableStep step) {
        Edit edit = new Edit() {
            @Override
            public Selection execute() {
                step.apply();
                return step.selection();
            }

            @Override
            public Selection undo() {
                step.revert();
                return step.selection();
            }

            @Override
            public Selection redo() {
                return execute();
            }

            @Override
            public String description() {
                return step.description();
            }

            @Override
            public Set<Integer> cables() {
                return Set.of(); // no cable changes: its review status stays, nothing is written to the store
            }
        };
        return perform(() -> history.push(edit), edit, step.description());
    }

    private List<Span> present(int cable, List<Span> spans) {
        Document document = loader.read(cable).current();
        List<Span> present = new ArrayList<>();
        for (Span span : spans) {
            if (span == null || !document.spans().containsSpan(span)) {
                throw new EditRejectedException("An entity to change is no longer there; select the rows again.");
            }
            if (!present.contains(span)) {
                present.add(span);
            }
        }
        if (present.isEmpty()) {
            throw new EditRejectedException("Select some entities first.");
        }
        present.sort(Span.ORDER);
        return present;
    }

    private List<Integer> targets(int cable, OccurrenceScope scope) {
        List<Integer> targets = new ArrayList<>();
        if (scope == OccurrenceScope.CORPUS) {
            // one cable at a time (CorpusLoader.visit): a 250,000-cable corpus is never held parsed whole
            for (CableState each : loader.cables()) {
                targets.add(each.index);
            }
        } else {
            targets.add(cable);
        }
        return targets;
    }

    /** Like add: a selection reaching into a word means the whole word. */
    private static Span snapped(CableState origin, Span span, String noSelection) {
        if (span == null || span.end() > origin.current().text().length()) {
            throw new EditRejectedException(noSelection);
        }
        if (origin.current().spans().atRange(span.start(), span.end()).isPresent()) {
            return span; // an entity's own words, not a selection to widen: "Tehran" of [LOC Tehran  ]. is no "Tehran."
        }
        int[] snapped = origin.tokens().snap(span.start(), span.end());
        if (snapped == null) {
            throw new EditRejectedException("Select some text, not only spaces.");
        }
        return snapped[0] != span.start() || snapped[1] != span.end() ? new Span(snapped[0], snapped[1], span.label()) : span;
    }

    private Selection push(int cable, PlannedEdit plan) {
        SpanEdit edit = new SpanEdit(target, cable, plan.change(), plan.description(), plan.selectAfter(), plan.selectAfterUndo());
        return pushSpans(edit, plan.description());
    }

    /** Does a change of spans and records it, with the review status it changes (and its undo puts back). */
    private Selection pushSpans(Edit spans, String description) {
        Edit edit = new ReopeningEdit(spans, statuses);
        return perform(() -> history.push(edit), edit, description);
    }

    // ---------------------------------------------------------------- history

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    Selection undo() {
        Edit edit = history.nextUndo();
        if (edit == null) {
            throw new IllegalStateException("nothing to undo");
        }
        return perform(history::undo, edit, "Undo " + edit.description());
    }

    Selection redo() {
        Edit edit = history.nextRedo();
        if (edit == null) {
            throw new IllegalStateException("nothing to redo");
        }
        return perform(history::redo, edit, "Redo " + edit.description());
    }

    String undoDescription() {
        Edit edit = history.nextUndo();
        return edit == null ? "" : edit.description();
    }

    String redoDescription() {
        Edit edit = history.nextRedo();
        return edit == null ? "" : edit.description();
    }

    /**
     * What the last edit, undo or redo changed besides the spans, for the status bar: today, that a
     * reviewed cable went back to "in progress". Empty when nothing.
     */
    String lastNote() {
        return lastNote;
    }

    /**
     * Runs a step (an edit, its undo or redo), has what it changed written and tells the listeners. The step
     * sets the review statuses itself (see {@link ReopeningEdit}, {@link StatusEdit}); this compares them with
     * those before it, to write the cables whose status changed and to say so when spans changed too.
     */
    private Selection perform(Supplier<Selection> action, Edit edit, String description) {
        // what the step writes, cable by cable as it goes and at its end, is written as one set (ADR 0013)
        sync.beginStep(description);
        try {
            return performStep(action, edit, description);
        } finally {
            sync.endStepQuietly(); // a step refused: what it wrote back is written now (else ended already)
        }
    }

    private Selection performStep(Supplier<Selection> action, Edit edit, String description) {
        Selection selection;
        applied.clear();
        writtenDuringEdit.clear();
        Set<Integer> cables = edit.cables();
        Map<Integer, ReviewStatus> was = new HashMap<>();
        for (int cable : cables) {
            was.put(cable, statuses.of(cable));
        }
        try {
            selection = action.get();
        } catch (SpanConflictException conflict) {
            applied.clear();
            writeAgainIfStatusChanged();
            throw new EditRejectedException(explain(description, edit, conflict), conflict);
        }
        List<String> reopened = new ArrayList<>();
        List<String> reviewedAgain = new ArrayList<>();
        for (int cable : cables) {
            CableState state = loader.cable(cable);
            ReviewStatus before = was.get(cable);
            boolean written = writtenDuringEdit.get(cable) == state.status(); // else written again, as it is now
            if (state.status() != before) {
                if (before == ReviewStatus.REVIEWED) {
                    reopened.add(state.name);
                } else if (state.status() == ReviewStatus.REVIEWED) {
                    reviewedAgain.add(state.name);
                }
            }
            if (!written) {
                sync.markUnsaved(cable);
            }
        }
        writtenDuringEdit.clear();
        List<CableChange> changes = List.copyOf(applied);
        applied.clear();
        // a mark's own message says what became of its cable; the note is for statuses a change of spans moved
        lastNote = changes.isEmpty() ? "" : note(reopened, reviewedAgain);
        sync.flushQuietly();
        sync.endStepQuietly(); // written (or queued) before the listeners hear of it, as a single write is
        events.accept(new WorkspaceChange(cables, changes));
        loader.trim();
        return selection;
    }

    /** After a step refused half way: the cables it wrote with a status it has taken back are written again. */
    private void writeAgainIfStatusChanged() {
        boolean any = false;
        for (Map.Entry<Integer, ReviewStatus> written : writtenDuringEdit.entrySet()) {
            if (loader.cable(written.getKey()).status() != written.getValue()) {
                sync.markUnsaved(written.getKey());
                any = true;
            }
        }
        writtenDuringEdit.clear();
        if (any) {
            sync.flushQuietly();
        }
    }

    private static String note(List<String> reopened, List<String> reviewedAgain) {
        List<String> notes = new ArrayList<>();
        if (!reopened.isEmpty()) {
            notes.add((reopened.size() == 1 ? reopened.get(0) + " was marked reviewed; it is in progress again"
                    : reopened.size() + " cables were marked reviewed; they are in progress again")
                    + " (Ctrl+Enter marks it reviewed).");
        }
        if (!reviewedAgain.isEmpty()) {
            notes.add((reviewedAgain.size() == 1 ? reviewedAgain.get(0) + " is marked reviewed again"
                    : reviewedAgain.size() + " cables are marked reviewed again") + ", as before the edit.");
        }
        return String.join(" ", notes);
    }

    private String explain(String description, Edit edit, SpanConflictException conflict) {
        Document document = loader.visit(edit.cables().iterator().next(), CableState::current);
        Span rejected = conflict.rejected();
        Span existing = conflict.existing();
        int length = document.text().length();
        String reason;
        if (rejected == null || existing == null || rejected.end() > length || existing.end() > length) {
            reason = conflict.getMessage();
        } else if (rejected.sameRange(existing)) {
            reason = Quotes.of(document, rejected) + " is already tagged " + existing.label();
        } else {
            reason = Quotes.of(document, rejected) + " would cross " + Quotes.entity(document, existing)
                    + "; entities may nest but not cross";
        }
        return "Cannot " + Character.toLowerCase(description.charAt(0)) + description.substring(1) + ": " + reason + ".";
    }

    private EntityEditor editor(int cable) {
        CableState state = loader.read(cable);
        return new EntityEditor(state.current(), state::tokens);
    }

    /**
     * A label an edit may give: one that is a tag of the token schemes ({@code O}, {@code B-PER}) is refused with the
     * reason, as wherever labels come in. Such a label can only be in the store from an earlier cabletag; its entities
     * stay as they are until relabelled, but no edit gives it to more.
     */
    private static void requireLabel(Label label) {
        if (label == null) {
            throw new EditRejectedException("Choose a label.");
        }
        java.util.Optional<String> tag = Label.whyATag(label.name());
        if (tag.isPresent()) {
            throw new EditRejectedException("Not done: " + tag.get() + ". Give its entities another label.");
        }
    }
}
