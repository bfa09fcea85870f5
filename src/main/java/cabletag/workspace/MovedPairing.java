package cabletag.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the stored cables of one text that are no longer where they were went to the files of that text
 * ({@link MovedCables}), and what each file gets from it: the corrections of the cable it paired with; those of
 * the cables no file paired with, when the files left could be no others; else a problem naming what it could
 * be. Worked out once per text, so every file gets the answer the others were given with it.
 */
final class MovedPairing {

    /** The files (keys) that paired with a stored cable by the end of the path they share. */
    private final Map<String, CorrectionStore.Lookup> pairs;
    /** The stored cables no file paired with, in the order of their old paths. */
    private final List<CorrectionStore.Lookup> left = new ArrayList<>();
    /** The files of the text weighed that paired with none: those the stored cables left could be. */
    private final Set<String> unpaired = new TreeSet<>();
    private final Set<String> weighed;

    MovedPairing(List<CorrectionStore.Lookup> candidates, Map<String, CorrectionStore.Lookup> pairs, Set<String> weighed) {
        this.pairs = Map.copyOf(pairs);
        this.weighed = Set.copyOf(weighed);
        candidates.stream().filter(lookup -> !pairs.containsValue(lookup)).forEach(left::add);
        weighed.stream().filter(file -> !pairs.containsKey(file)).forEach(unpaired::add);
    }

    /** What the file of {@code key}, named {@code shown} in lines, gets. */
    MovedCables.Found of(String shown, String key) {
        CorrectionStore.Lookup paired = pairs.get(key);
        if (paired != null) {
            return putBack(shown, paired, "");
        }
        if (left.isEmpty()) {
            return MovedCables.Found.NONE; // a copy never corrected: every stored cable of its text went to the file it was
        }
        if (givesLeft()) {
            // a file of the text whose bytes differ (another encoding) was not weighed: the cables went to the others
            return !weighed.contains(key) ? MovedCables.Found.NONE : putBack(shown, left.get(0), left.size() == 1 ? ""
                    : "; the " + left.size() + " cables with this text that are no longer where they were hold the same corrections");
        }
        return new MovedCables.Found(CorrectionStore.Lookup.NONE, null, problem(shown, key));
    }

    /**
     * Whether the files left can have the stored cables left: there are no more of them than cables, and the
     * cables differ only by where they were (any is then right for each file), or there is one of each.
     */
    private boolean givesLeft() {
        return unpaired.size() <= left.size() && (left.size() == 1 || sameCorrections(left));
    }

    private String problem(String shown, String key) {
        List<String> paths = new ArrayList<>();
        left.forEach(lookup -> paths.add(lookup.correction().path()));
        if (left.size() > 1) {
            return shown + ": error: the corrections of " + left.size() + " cables with this text that are no longer where they were ("
                    + String.join(", ", paths) + ") could belong to this one; none was put back, and they stay in the store as they"
                    + " are. To put them back, move the files back where they were, or give each copy the file name it had there, and"
                    + " open them again.";
        }
        if (!pairs.isEmpty()) {
            return shown + ": error: the corrections of a cable with this text that is no longer where it was (" + paths.get(0)
                    + ") could belong to this one, but the other copies of its text were paired by their names and this file's name"
                    + " pairs with none; they were not put back and stay in the store as they are. To put them back, give this"
                    + " file the name it had there, and open it again.";
        }
        Set<String> files = new TreeSet<>();
        unpaired.forEach(file -> files.add(CableKey.pathOf(file)));
        files.add(CableKey.pathOf(key));
        List<String> named = List.copyOf(files);
        String last = named.get(named.size() - 1);
        return shown + ": error: the corrections made when a cable with this text was at " + paths.get(0) + " could belong to "
                + (named.size() == 1 ? last : String.join(", ", named.subList(0, named.size() - 1)) + " or " + last)
                + ": each holds its text and has no corrections of its own, and nothing tells which of them was there; none was"
                + " put back, and they stay in the store as they are. To put them back, give that file the name it had there, or"
                + " move it back, and open it again.";
    }

    private static MovedCables.Found putBack(String shown, CorrectionStore.Lookup lookup, String more) {
        return new MovedCables.Found(lookup, shown + ": note: the corrections made when this cable was at " + lookup.correction().path()
                + " are put back (same text; the file was moved or renamed" + more + ").", null);
    }

    /** Whether the stored cables differ only by where they were: any of them is then the right one for every copy. */
    private static boolean sameCorrections(List<CorrectionStore.Lookup> cables) {
        StoredCorrection first = cables.get(0).correction();
        for (CorrectionStore.Lookup lookup : cables) {
            StoredCorrection other = lookup.correction();
            if (other.status() != first.status() || !other.removed().equals(first.removed())
                    || !other.added().equals(first.added())) {
                return false;
            }
        }
        return true;
    }
}
