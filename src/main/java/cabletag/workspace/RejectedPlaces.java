package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The suggestions the analyst rejected at places of one cable, where they are on its text now. A rejection is the
 * analyst's work as a correction is, so it follows the cable as its corrections do: those kept under the key its
 * corrections were found at after its file moved or was renamed ({@link MovedCables}) are its own, and those kept
 * over another text of its file (its fingerprint changed, or its reading: ADR 0014) are put back on this one by the
 * rules that put back its corrections ({@link Reapplier}): with the corrections made on the same text, whose moves
 * tell theirs, else by themselves. One that cannot be placed no longer applies, is said in a note, and is put on no
 * other place. The window and the commands find them through this one class ({@link CorrectedDocuments#rejectedIn}).
 */
public final class RejectedPlaces {

    public static final RejectedPlaces NONE = new RejectedPlaces(Set.of(), List.of(), List.of(), List.of(), List.of());

    /** A rejected place on the text now; a null label where an entity was deleted: no suggestion of any label. */
    private record Place(int start, int end, Label label, String text) { }

    private final Set<Place> at;
    private final List<Rejections.AtPlace> kept;
    private final List<Rejections.AtPlace> replaced;
    private final List<Rejections.AtPlace> left;
    private final List<String> notes;

    private RejectedPlaces(Set<Place> at, List<Rejections.AtPlace> kept, List<Rejections.AtPlace> replaced,
                           List<Rejections.AtPlace> left, List<String> notes) {
        this.at = Set.copyOf(at);
        this.kept = List.copyOf(kept);
        this.replaced = List.copyOf(replaced);
        this.left = List.copyOf(left);
        this.notes = List.copyOf(notes);
    }

    /** Whether the suggestion of this label over this range and text was rejected here, or an entity deleted there. */
    public boolean contains(int start, int end, Label label, String text) {
        return at.contains(new Place(start, end, label, text)) || at.contains(new Place(start, end, null, text));
    }

    /** What the analyst should know, each line naming the cable: a rejection that no longer applies, or moved apart. */
    public List<String> notes() {
        return notes;
    }

    /** The rejections as they are to be kept now: under the cable's key, over its text now. */
    List<Rejections.AtPlace> kept() {
        return kept;
    }

    /** The rejections as they were kept where that is no longer how they are to be kept: moved, or left out. */
    List<Rejections.AtPlace> replaced() {
        return replaced;
    }

    /** Those that could not be placed on the text now. */
    List<Rejections.AtPlace> left() {
        return left;
    }

    /** Whether the rejections file says this cable's rejections otherwise than they are now. */
    boolean outOfDate() {
        return !replaced.isEmpty();
    }

    /**
     * The rejected places of the cable of {@code key}, read as {@code read} (its source's fingerprint {@code sourceHash}),
     * whose stored corrections, as they were found, are {@code stored} (null: none; for a cable without corrections
     * moved or renamed, one holding none at the place it was, {@link CorrectedDocument#rejectionsFrom}).
     */
    static RejectedPlaces of(Rejections rejections, String key, Document read, Supplier<String> sourceHash, StoredCorrection stored) {
        if (key == null) {
            return NONE;
        }
        List<Rejections.AtPlace> all = new ArrayList<>(rejections.at(key));
        if (followsFrom(stored, key)) {
            all.addAll(rejections.firstAt(stored.key())); // as first read: every file this cable's corrections go to gets them
        }
        if (all.isEmpty()) {
            return NONE;
        }
        String hash = sourceHash.get();
        Map<List<Object>, List<Rejections.AtPlace>> overOneText = new LinkedHashMap<>();
        for (Rejections.AtPlace place : all) {
            overOneText.computeIfAbsent(java.util.Arrays.asList(place.sourceSha256(), place.readingGeneration()),
                    text -> new ArrayList<>()).add(place);
        }
        Set<Place> at = new LinkedHashSet<>();
        Set<Rejections.AtPlace> kept = new LinkedHashSet<>();
        List<Rejections.AtPlace> replaced = new ArrayList<>();
        List<Rejections.AtPlace> left = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String shown = read.source().shown();
        for (List<Rejections.AtPlace> places : overOneText.values()) {
            Rejections.AtPlace first = places.get(0);
            // made on the text the corrections were made on: their moves tell where the rejections went
            StoredCorrection with = stored != null && Objects.equals(stored.sourceSha256(), first.sourceSha256())
                    && stored.readingGeneration() == first.readingGeneration()
                    ? stored : alone(key, read, first.sourceSha256(), first.readingGeneration());
            List<StoredSpan> spans = new ArrayList<>(places.size());
            for (Rejections.AtPlace place : places) {
                spans.add(new StoredSpan(new Span(place.start(), place.end(), place.label()), place.text()));
            }
            Reapplier.Followed followed = Reapplier.reapply(read, hash, with, spans).followed();
            boolean changed = first.sourceSha256() != null && !first.sourceSha256().equals(hash);
            for (int i = 0; i < places.size(); i++) {
                Rejections.AtPlace place = places.get(i);
                Span now = followed.at().get(i);
                if (now == null) {
                    left.add(place);
                    replaced.add(place);
                    notes.add(shown + ": note: " + (place.deleted() ? "the deletion of " : "the rejected suggestion ") + describe(place)
                            + " no longer applies: "
                            + (changed ? "the file changed since it was rejected, and " : "") + followed.reasons().get(i)
                            + "; it may be suggested again.");
                    continue;
                }
                String text = read.text().substring(now.start(), now.end());
                Rejections.AtPlace moved = place.movedTo(key, now.start(), now.end(), text, hash);
                at.add(new Place(now.start(), now.end(), place.deleted() ? null : now.label(), text));
                kept.add(moved);
                if (!moved.equals(place)) {
                    replaced.add(place);
                }
                String apart = followed.movedApart().get(i);
                if (apart != null) {
                    notes.add(shown + ": note: the rejected suggestion " + apart + ".");
                }
            }
        }
        return new RejectedPlaces(at, List.copyOf(kept), replaced, left, notes);
    }

    /**
     * Whether the corrections were found under the key of another file (the cable was moved or renamed): its
     * rejections were kept there too. Not another document of the same file, which keeps its own.
     */
    private static boolean followsFrom(StoredCorrection stored, String key) {
        return stored != null && stored.path() != null && !stored.key().equals(key) && !stored.path().equals(CableKey.pathOf(key));
    }

    /** No corrections over the text the rejections were made on: they are placed by themselves. */
    private static StoredCorrection alone(String key, Document read, String sourceSha256, int readingGeneration) {
        return new StoredCorrection(CableKey.pathOf(key), read.source().name(), read.id(), sourceSha256, ReviewStatus.NEW,
                List.of(), List.of(), readingGeneration, null);
    }

    private static String describe(Rejections.AtPlace place) {
        return place.label() + " " + Quotes.of(place.text()) + " at " + place.start() + "-" + place.end();
    }
}
