package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
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
 */
public final class ExportIds {

    /** Every id handed out, and the file (as the user named it) of the document it went to. */
    private final Map<String, String> holders = new HashMap<>();
    private final List<String> clashes = new ArrayList<>();

    /** The next document's id, in input order (every document of the inputs asks, as export does). */
    public String idOf(Document document) {
        String name = document.source().name().replace('\\', '/');
        SourceFormat format = document.source().format();
        boolean onePerFile = format == SourceFormat.INLINE || format == SourceFormat.BRAT;
        String id = onePerFile ? withoutExtension(name) : document.id();
        if (!onePerFile && holders.containsKey(id)) {
            id = withoutExtension(name) + "/" + document.id();
        }
        String shown = document.source().shown();
        String candidate = id;
        for (int n = 2; holders.putIfAbsent(candidate, shown) != null; n++) {
            candidate = id + "-" + n;
        }
        if (!candidate.equals(id)) {
            clashes.add(clash("the id ", id, holders.get(id), candidate, onePerFile ? shown : DocumentWriter.shownKey(document)));
        }
        return candidate;
    }

    /** One note per document that got a suffix, in export order (the export's notes). */
    List<String> clashes() {
        return List.copyOf(clashes);
    }

    /**
     * The note for {@code document} (its file as named), exported as {@code given} because {@code wanted}
     * ({@code what}: "the id ", "the name ") went to {@code holder} first; shared by the folder formats' names ({@link FolderNames}).
     */
    static String clash(String what, String wanted, String holder, String given, String document) {
        String why = withoutExtension(holder).equals(withoutExtension(document))
                ? "their names differ in the extension alone"
                : "a name is the path under the input named, which two inputs can share; name a folder that holds "
                  + "both to have them apart by their folders";
        return clash(what, wanted, holder, given, document, why);
    }

    /** As above, with the reason known to the caller. */
    static String clash(String what, String wanted, String holder, String given, String document, String why) {
        return what + wanted + " went to " + holder + ", earlier in input order, so " + document + " is exported as " + given
                + " (" + why + ")";
    }

    private static String withoutExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
