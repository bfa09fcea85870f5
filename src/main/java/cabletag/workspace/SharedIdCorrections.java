package cabletag.workspace;

import cabletag.core.Document;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.dataset.DistinctIds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whose are the corrections stored under an id that several documents of one dataset file gave, before each
 * document of a file got an id of its own ({@link DistinctIds}). All of them were stored under one key, the
 * file's path and that id, so its store file holds the corrections of the one saved last, and the first
 * document keeps that key now. The store file's fingerprint of the text tells whose they are: the first of
 * those documents whose text has it. With none (the file changed since), they stay with the first, whose
 * key they are under, and a note says they may be another's. Never given to a document of another text.
 *
 * <p>Asked by either document, the answer is worked out once per key and kept (with what the store file held
 * then), so that the window, which writes the first document's corrections over that file, still gives the
 * other its own. The dataset file is read again, once, only when a store file under it does not fit its
 * document's text, or a document whose id was made its own has nothing stored under it.
 * Thread-safe.
 */
final class SharedIdCorrections {

    /** A document of the file that gave the id, in the file's order: its id now, its line, its text's fingerprint. */
    private record Claimant(String id, int line, String sourceSha256) {
    }

    /**
     * What the store file under a shared key is: its look-up, and the document it belongs to ({@code owner},
     * null when no text fits and it stays with the first), and every document that gave the id (fewer than two:
     * it is one document's alone, and nothing is said).
     */
    private record Verdict(CorrectionStore.Lookup lookup, Claimant owner, List<Claimant> claimants) {
        static final Verdict NOT_SHARED = new Verdict(CorrectionStore.Lookup.NONE, null, List.of());
    }

    /** What a document gets: the look-up to put back (NONE when the file is another's) and a note, or null. */
    record Claim(CorrectionStore.Lookup lookup, String note) {
    }

    private final CorrectionStore store;
    private final CorpusReader reader = CorpusReader.standard();
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    /** Per file (its real path), the ids several of its documents gave and those documents: read once per file. */
    private final Map<String, Map<String, List<Claimant>>> sharedIds = new ConcurrentHashMap<>();

    SharedIdCorrections(CorrectionStore store) {
        this.store = store;
    }

    /**
     * For a document that kept its id, whose store file ({@code lookup}) has a fingerprint other than its text's:
     * the same look-up when the file is its own (or nothing says otherwise), NONE with a note when it is the
     * corrections of a later document that gave the same id ({@link #heldFor} names it).
     */
    Claim ofFirst(Path file, String key, Document read, CorrectionStore.Lookup lookup) {
        Verdict verdict = verdict(file, key, read.id(), lookup);
        String said = read.source().shown() + ": note: the corrections stored under the id " + read.id();
        if (verdict.claimants().size() < 2) {
            return new Claim(lookup, null);
        }
        if (verdict.owner() == null) {
            return new Claim(lookup, said + " may be those of " + others(verdict.claimants()) + SHARED
                    + ": the file changed since they were saved, so their text does not tell whose they are; they are put"
                    + " back on " + read.id() + ", whose id they are stored under.");
        }
        if (verdict.owner().id().equals(read.id())) {
            return new Claim(lookup, null);
        }
        return new Claim(CorrectionStore.Lookup.NONE, said + " are over the text of " + shown(verdict.owner()) + SHARED
                + "; they are put back there, not on " + read.id() + ".");
    }

    /**
     * For a document whose id was made its own and that has nothing stored under it: the corrections stored under
     * the id its line gives, when they are over its text and over no earlier document's of that id; else NONE.
     */
    Claim ofRenamed(Path file, Document read) {
        String asRead = DistinctIds.idAsRead(read);
        String key = CableKey.of(file, asRead, read.source().format());
        Verdict verdict = verdict(file, key, asRead, null);
        if (verdict.owner() == null || !verdict.owner().id().equals(read.id())) {
            return new Claim(CorrectionStore.Lookup.NONE, null);
        }
        return new Claim(verdict.lookup(), read.source().shown() + ": note: the corrections stored under the id " + asRead
                + " are over the text of this document, " + shown(verdict.owner()) + SHARED + "; they are put back here.");
    }

    /** Why one key held the corrections of several documents, as the notes say it. */
    private static final String SHARED = ", which gave that id too before each document of a file got an id of its own";

    /**
     * The id of the later document whose corrections the store file under {@code key} was found to hold, when a
     * document asked about it; null when they are that key's document's own, or nobody asked.
     */
    String heldFor(String key) {
        Verdict verdict = verdicts.get(key);
        if (verdict == null || verdict.owner() == null || verdict.claimants().size() < 2) {
            return null;
        }
        return verdict.owner().id().equals(key.substring(key.lastIndexOf('#') + 1)) ? null : verdict.owner().id();
    }

    /** The verdict on the store file under {@code key} (the id {@code asRead} of {@code file}), worked out once. */
    private Verdict verdict(Path file, String key, String asRead, CorrectionStore.Lookup known) {
        return verdicts.computeIfAbsent(key, k -> {
            CorrectionStore.Lookup lookup = known != null ? known : store.find(key);
            StoredCorrection stored = lookup.correction();
            if (lookup.unreadable() != null || stored == null || stored.sourceSha256() == null) {
                return Verdict.NOT_SHARED; // said as it is for its key: nothing here tells whose it is
            }
            List<Claimant> claimants = sharedIds.computeIfAbsent(CableKey.pathOf(key), path -> sharedIdsOf(file))
                    .getOrDefault(asRead, List.of());
            for (Claimant claimant : claimants) {
                if (claimant.sourceSha256().equals(stored.sourceSha256())) {
                    return new Verdict(lookup, claimant, claimants);
                }
            }
            return new Verdict(lookup, null, claimants);
        });
    }

    /**
     * The ids that several documents of the file give as it is now, each with those documents in the file's order
     * (the first kept it): what a shared key's store file can be. Most files have none.
     */
    private Map<String, List<Claimant>> sharedIdsOf(Path file) {
        Path name = file.getFileName();
        List<Document> documents = reader.read(new CorpusFile(file, name == null ? file.toString() : name.toString())).documents();
        Set<String> shared = new HashSet<>();
        for (Document document : documents) {
            if (DistinctIds.wasRenamed(document)) {
                shared.add(DistinctIds.idAsRead(document));
            }
        }
        Map<String, List<Claimant>> byId = new HashMap<>();
        for (Document document : shared.isEmpty() ? List.<Document>of() : documents) {
            String asRead = DistinctIds.idAsRead(document);
            if (shared.contains(asRead)) { // only these texts are hashed
                byId.computeIfAbsent(asRead, id -> new ArrayList<>(2))
                        .add(new Claimant(document.id(), DistinctIds.renamedAt(document), Reapplier.sourceHash(document)));
            }
        }
        return Map.copyOf(byId);
    }

    private static String shown(Claimant claimant) {
        return claimant.line() == 0 ? claimant.id() : claimant.id() + " (line " + claimant.line() + ")";
    }

    /** The documents after the first, as a note names them. */
    private static String others(List<Claimant> claimants) {
        List<String> named = new ArrayList<>();
        for (Claimant claimant : claimants.subList(1, claimants.size())) {
            named.add(shown(claimant));
        }
        return String.join(", ", named);
    }
}
