package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every document of one dataset file an id of its own. A document's id names it everywhere: its row in the
 * window, its store key (the file's real path and the id) and its exported {@code id}; two lines of one file that
 * give the same id shared one store file, so the corrections of one were lost to the other, and the export renamed
 * the second on its own. Made here, where the file is read, the window, the store and every export agree by
 * construction.
 *
 * <p>The first line that gives an id keeps it. A line with no id gets the file's name and its line number
 * ({@code data-3}), unless a line of the file writes that id, even a later one: an id the file writes is kept over
 * one cabletag made up. A document that cannot keep its id gets {@code ID-2} ({@code ID-3}, …), the first such id
 * that no line of the file gives and no earlier document got, so no document that kept its id loses it to a
 * renamed one; a warning names its line and the line that holds the id ({@code duplicate-id}). It loses nothing, so
 * it leaves the exit code as it is, as a long id does. The new id is always the wanted one with {@code -N} added,
 * which is how {@link #idAsRead} finds the id the line gave.
 */
public final class DistinctIds {

    /** The code of the warning on a document whose id was given to another line of its file first. */
    public static final String CODE = "duplicate-id";

    private DistinctIds() {
    }

    /** What a line of the file asks for: the id it gives ({@code given}) or the one made from the file's name. */
    record Wanted(String id, int line, boolean given) {
    }

    /** The id a document gets, and the warning naming why it is not the one wanted (null when it is). */
    record Given(String id, Diagnostic warning) {
    }

    /** The ids of the file's documents, in the file's order. */
    static List<Given> of(List<Wanted> wanted) {
        Set<String> read = new HashSet<>();
        Map<String, Integer> writtenAt = new HashMap<>();
        for (Wanted line : wanted) {
            read.add(line.id());
            if (line.given()) {
                writtenAt.putIfAbsent(line.id(), line.line());
            }
        }
        Map<String, Integer> holders = new HashMap<>();
        List<Given> ids = new ArrayList<>(wanted.size());
        for (Wanted line : wanted) {
            Integer holder = holders.get(line.id());
            if (holder == null && !line.given()) {
                holder = writtenAt.get(line.id()); // a made-up id yields to one the file writes, also further down
            }
            if (holder == null) {
                holders.put(line.id(), line.line());
                ids.add(new Given(line.id(), null));
                continue;
            }
            int n = 2;
            while (read.contains(line.id() + "-" + n) || holders.containsKey(line.id() + "-" + n)) {
                n++;
            }
            String id = line.id() + "-" + n;
            holders.put(id, line.line());
            String why = line.given()
                    ? "id " + line.id() + " is the id of line " + holder + " too"
                    : "this line has no id, and " + line.id() + ", the id it would be given, is the id of line " + holder;
            ids.add(new Given(id, Diagnostic.warning(CODE, line.line(), 1, why + "; this document is " + id + " here")));
        }
        return ids;
    }

    /**
     * The id the document's line gave (or the one made for a line with none), before it was made its own: the
     * id a store written before documents of one id were told apart keyed its corrections by.
     */
    public static String idAsRead(Document document) {
        if (!wasRenamed(document)) {
            return document.id();
        }
        String id = document.id();
        return id.substring(0, id.lastIndexOf('-'));
    }

    /** Whether the document has another id than its line gave, because another line of its file holds that one. */
    public static boolean wasRenamed(Document document) {
        return renamedAt(document) > 0;
    }

    /** The line of a document whose id was made its own (its warning is there), or 0 when it has the id its line gave. */
    public static int renamedAt(Document document) {
        for (Diagnostic diagnostic : document.diagnostics()) {
            if (diagnostic.code().equals(CODE)) {
                return diagnostic.line();
            }
        }
        return 0;
    }
}
