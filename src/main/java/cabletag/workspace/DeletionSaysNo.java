package cabletag.workspace;

import cabletag.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A deletion by the analyst, which also says "no entity here" to the suggestions. Where the file tagged the place,
 * the store's corrections keep the deletion, and the suggestions read it from them. An entity the analyst added (or
 * accepted) and then deleted leaves no trace in the corrections, so its place is kept with the rejected suggestions
 * ({@link Rejections.AtPlace#deleted}): persistent, and read by the window and {@code cabletag suggest} alike. Part of the
 * deletion's undoable step: undone, the place is taken away with the entity back; an undone acceptance is no deletion
 * and says nothing.
 */
final class DeletionSaysNo implements Edit {

    private final Edit deletion;
    private final Rejections rejections;
    private final List<Rejections.AtPlace> places;
    /** The places this step added (not those an earlier step keeps), taken away by its undo. */
    private List<Rejections.AtPlace> added = List.of();

    private DeletionSaysNo(Edit deletion, Rejections rejections, List<Rejections.AtPlace> places) {
        this.deletion = deletion;
        this.rejections = rejections;
        this.places = List.copyOf(places);
    }

    /** The deletion, saying no at the places in {@code places}; the deletion alone when there are none. */
    static Edit of(Edit deletion, Supplier<Rejections> rejections, List<Rejections.AtPlace> places) {
        // the rejections are read when first needed, not for every deletion of a file's tag
        return places.isEmpty() ? deletion : new DeletionSaysNo(deletion, rejections.get(), places);
    }

    /** The places of {@code gone}, entities of the cable, that the file does not tag: those the corrections forget. */
    static List<Rejections.AtPlace> placesOf(CableState cable, List<Span> gone) {
        List<Rejections.AtPlace> places = new ArrayList<>();
        for (Span span : gone) {
            if (cable.original().spans().atRange(span.start(), span.end()).isEmpty()) {
                places.add(new Rejections.AtPlace(cable.key(), span.start(), span.end(), span.label(), cable.current().textOf(span),
                        cable.sourceHashIfAny(), cabletag.formats.ReadingRules.GENERATION, true));
            }
        }
        return places;
    }

    @Override
    public Selection execute() {
        Selection selection = deletion.execute();
        added = rejections.addDuringEdit(places);
        notKept = added.isEmpty() ? null : rejections.lastEditSaveFailure();
        return selection;
    }

    @Override
    public Selection undo() {
        Selection selection = deletion.undo();
        rejections.removeDuringEdit(added);
        notKept = added.isEmpty() ? null : rejections.lastEditSaveFailure();
        return selection;
    }

    @Override
    public Selection redo() {
        Selection selection = deletion.redo();
        rejections.addDuringEdit(added);
        notKept = added.isEmpty() ? null : rejections.lastEditSaveFailure();
        return selection;
    }

    /** Why the places of the last execute, undo or redo could not be kept for the next session; null when they were. */
    private String notKept;

    /**
     * The note the edit's status line carries when the places could not be written (the store's rejections file is
     * read-only): the deletion stands, and says no in this session only. Null when they were written.
     */
    static String notKept(Edit edit) {
        return edit instanceof DeletionSaysNo saying ? saying.notKept : null;
    }

    @Override
    public String description() {
        return deletion.description();
    }

    @Override
    public Set<Integer> cables() {
        return deletion.cables();
    }
}
