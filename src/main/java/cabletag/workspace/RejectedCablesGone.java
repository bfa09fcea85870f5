package cabletag.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cables with suggestions rejected at places of them and no corrections stored whose files are no longer where
 * they were: what a moved or renamed file may also have been. A cable with corrections is found by them
 * ({@link CorrectionStore#movedCandidates}) and its rejections go with them; one without was found by nothing, so
 * its rejections stayed behind under its old place and its suggestions came back at the new one. Each is given as a
 * store look-up holding no correction (status new, no span, no store file) over the text its places were rejected
 * on, so that {@link MovedCables} pairs it with a file by the rules it pairs cables with corrections by. Worked out
 * once, from the rejections as first read, as the store's moved cables are: every file of a session is paired
 * against the same cables, whichever the window has written under its new place meanwhile.
 */
final class RejectedCablesGone {

    static final RejectedCablesGone NONE = new RejectedCablesGone(Map.of());

    /** By the fingerprint of the text the places were rejected on. */
    private final Map<String, List<CorrectionStore.Lookup>> byFingerprint;

    private RejectedCablesGone(Map<String, List<CorrectionStore.Lookup>> byFingerprint) {
        this.byFingerprint = byFingerprint;
    }

    static RejectedCablesGone of(Rejections rejections, CorrectionStore store) {
        Map<String, List<CorrectionStore.Lookup>> found = new HashMap<>();
        rejections.asFirstRead().forEach((key, places) -> {
            String path = CableKey.pathOf(key);
            // a cable with a store file is found by its corrections (or named when they cannot be read): not here
            if (store.storedFileOf(key) != null || Files.exists(Path.of(path))) {
                return;
            }
            List<String> texts = new ArrayList<>();
            for (Rejections.AtPlace place : places) {
                // a place kept without a fingerprint applies where its text is at its range, and nowhere else
                if (place.sourceSha256() != null && !texts.contains(place.sourceSha256())) {
                    texts.add(place.sourceSha256());
                    found.computeIfAbsent(place.sourceSha256(), text -> new ArrayList<>()).add(noCorrections(key, path, place));
                }
            }
        });
        found.values().forEach(cables -> cables.sort(Comparator.comparing(lookup -> lookup.correction().key())));
        return found.isEmpty() ? NONE : new RejectedCablesGone(Map.copyOf(found));
    }

    /** The cable of {@code key} as a stored cable with no correction, over the text {@code place} was rejected on. */
    private static CorrectionStore.Lookup noCorrections(String key, String path, Rejections.AtPlace place) {
        String id = key.substring(key.lastIndexOf('#') + 1);
        StoredCorrection none = new StoredCorrection(path, Path.of(path).getFileName().toString(), id, place.sourceSha256(),
                ReviewStatus.NEW, List.of(), List.of(), place.readingGeneration(), null);
        return new CorrectionStore.Lookup(none, null, null);
    }

    /** Whether no such cable is gone: then no file need be looked at for one (nor its text's fingerprint worked out). */
    boolean isEmpty() {
        return byFingerprint.isEmpty();
    }

    /** Whether such a cable had this text: what a file read while looking for moved cables is worth remembering for. */
    boolean mayHaveMoved(String sourceSha256) {
        return byFingerprint.containsKey(sourceSha256);
    }

    /**
     * Those with this exact text, as {@link CorrectionStore#movedCandidates} gives the cables with corrections: for a
     * file of several documents (a dataset) only those of the same id; sorted by their old path.
     */
    List<CorrectionStore.Lookup> candidates(String sourceSha256, String id, boolean oneDocumentFile) {
        List<CorrectionStore.Lookup> moved = new ArrayList<>();
        for (CorrectionStore.Lookup lookup : byFingerprint.getOrDefault(sourceSha256, List.of())) {
            if (oneDocumentFile || Objects.equals(lookup.correction().id(), id)) {
                moved.add(lookup);
            }
        }
        return moved;
    }
}
