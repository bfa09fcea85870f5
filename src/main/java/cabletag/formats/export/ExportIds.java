package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.formats.export.NameClash.Basis;
import cabletag.formats.export.NameClash.Claim;
import cabletag.formats.export.NameClash.Clash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code id} an export gives each document, unique within the export and the same on every run of
 * the same inputs. A cable's own id is its file name without extension, which two folders can share
 * ({@code x/c.txt}, {@code y/c.txt}); the export uses the relative path under the input named, without
 * extension, instead ({@code x/c} for the input {@code .}), which is the plain file name for a flat folder.
 * A dataset document keeps the id its dataset gave it, prefixed with its file's relative path only when
 * another file already used that id: within one file the ids are distinct as read ({@code d1}, {@code d1-2}, see
 * {@link cabletag.formats.dataset.DistinctIds}), the ids the window and the store know the documents by.
 *
 * <p>Two documents can still want one id: cables of one name under two inputs named ({@code c} for both
 * {@code x/c.txt} and {@code y/c.txt} of the inputs {@code x y}), or names that differ in their extension
 * alone ({@code c.txt}, {@code c.html}). The one later in input order (the order of the paths, whatever
 * order they were named in) gets {@code -2}, {@code -3}, …, and a note names both files, so the clash is
 * said, not found later in the data. An id depends on nothing else named with it unless it clashes so.
 * The folder formats name each cable by its id ({@link FolderNames}), so that their folders read back with it.
 */
public final class ExportIds {

    /** Every id handed out, and the document it went to. */
    private final Map<String, Claim> holders = new HashMap<>();
    private final List<String> clashes = new ArrayList<>();

    /** An id given, and the clashes that made it another than the document asked for (none, one, or for a dataset's two). */
    record Given(String id, List<Clash> clashes) {
    }

    /** The next document's id, in input order (every document of the inputs asks, as export does). */
    public String idOf(Document document) {
        Given given = give(document);
        for (Clash clash : given.clashes()) {
            clashes.add(NameClash.note("id", clash, given.id()));
        }
        return given.id();
    }

    /** As {@link #idOf}, the notes left to the caller: {@link FolderNames} says them of its file names. */
    Given give(Document document) {
        String name = document.source().name().replace('\\', '/');
        Clash sameFile = null;
        Claim claimant;
        if (NameClash.isCable(document)) {
            claimant = Claim.of(document, Basis.PATH, NameClash.withoutExtension(name));
        } else if (holders.containsKey(document.id())) {
            Claim first = holders.get(document.id());
            Claim own = Claim.of(document, Basis.DATASET_ID, document.id());
            if (first.basis() == Basis.DATASET_ID && first.file().equals(own.file()) && first.id().equals(own.id())) {
                // the file's path tells two documents of the same file nothing apart: said, not left to be found
                sameFile = new Clash(document.id(), first, own);
            }
            claimant = Claim.of(document, Basis.FILE_AND_ID, NameClash.withoutExtension(name) + "/" + document.id());
        } else {
            claimant = Claim.of(document, Basis.DATASET_ID, document.id());
        }
        String id = claimant.asked();
        String candidate = id;
        for (int n = 2; holders.putIfAbsent(candidate, claimant) != null; n++) {
            candidate = id + "-" + n;
        }
        Clash suffixed = candidate.equals(id) ? null : new Clash(id, holders.get(id), claimant);
        if (sameFile == null) {
            return new Given(candidate, suffixed == null ? List.of() : List.of(suffixed));
        }
        // a third document of one id in one file: its one note says so
        return new Given(candidate, suffixed == null || sameFileAndId(suffixed) ? List.of(sameFile) : List.of(sameFile, suffixed));
    }

    private static boolean sameFileAndId(Clash clash) {
        Claim holder = clash.holder();
        return holder.basis() != Basis.PATH && holder.file().equals(clash.claimant().file()) && holder.id().equals(clash.claimant().id());
    }

    /** One note per document that got another id than its own for a clash, in export order (the export's notes). */
    List<String> clashes() {
        return List.copyOf(clashes);
    }
}
