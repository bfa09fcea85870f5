package cabletag.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How the stored cables of one text that are no longer where they were went to the files of that text
 * ({@link MovedCables}), and what each file gets from it: the corrections of the cable it paired with; those of
 * the cables no file paired with, when the files left could be no others; else a problem naming what it could
 * be. Worked out once per text, so every file gets the answer the others were given with it. The cables with
 * rejected suggestions and no corrections are paired by the same rules, apart ({@link Work#rejections}).
 */
final class MovedPairing {

    /**
     * What the cables paired hold, in the words the lines say it with, and what of a cable tells whether two hold the
     * same ({@link #sameCorrections}: any of them is then right for each file).
     */
    record Work(String what, String made, String own, String keptIn, String severity, Function<CorrectionStore.Lookup, Object> content) {

        static final Work CORRECTIONS = new Work("corrections", "the corrections made", "corrections", "the store", "error",
                lookup -> java.util.Arrays.asList(lookup.correction().status(), lookup.correction().removed(), lookup.correction().added()));

        /**
         * Cables with rejected suggestions and no corrections: two hold the same when their places are the same. What
         * cannot be told apart is a note, not an error: no export, count or check depends on rejections (only the
         * suggestions shown do), so an export's exit code must not.
         */
        static Work rejections(Rejections rejections) {
            return new Work("rejected suggestions", "the suggestions rejected", "corrections or rejected suggestions",
                    Rejections.FOLDER + "/" + Rejections.FILE, "note", lookup -> placesOf(rejections, lookup));
        }

        private static Object placesOf(Rejections rejections, CorrectionStore.Lookup lookup) {
            Set<List<Object>> places = new java.util.HashSet<>();
            for (Rejections.AtPlace place : rejections.firstAt(lookup.correction().key())) {
                places.add(java.util.Arrays.asList(place.start(), place.end(), place.label(), place.text(), place.sourceSha256(),
                        place.readingGeneration())); // not the key: that is where each was
            }
            return places;
        }
    }

    /** The files (keys) that paired with a stored cable by the end of the path they share. */
    private final Map<String, CorrectionStore.Lookup> pairs;
    /** The stored cables no file paired with, in the order of their old paths. */
    private final List<CorrectionStore.Lookup> left = new ArrayList<>();
    /** The files of the text weighed that paired with none: those the stored cables left could be. */
    private final Set<String> unpaired = new TreeSet<>();
    private final Set<String> weighed;
    private final Work work;

    MovedPairing(List<CorrectionStore.Lookup> candidates, Map<String, CorrectionStore.Lookup> pairs, Set<String> weighed, Work work) {
        this.work = work;
        this.pairs = Map.copyOf(pairs);
        this.weighed = Set.copyOf(weighed);
        candidates.stream().filter(lookup -> !pairs.containsValue(lookup)).forEach(left::add);
        weighed.stream().filter(file -> !pairs.containsKey(file)).forEach(unpaired::add);
    }

    /** Whether the file of {@code key} gets a stored cable's work, as {@link #of} gives it. */
    boolean gives(String key) {
        return pairs.containsKey(key) || !left.isEmpty() && givesLeft() && weighed.contains(key);
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
                    : "; the " + left.size() + " cables with this text that are no longer where they were hold the same " + work.what());
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
            return shown + ": " + work.severity() + ": the " + work.what() + " of " + left.size() + " cables with this text that are no longer where they were ("
                    + String.join(", ", paths) + ") could belong to this one; none was put back, and they stay in " + work.keptIn() + " as they"
                    + " are. To put them back, move the files back where they were, or give each copy the file name it had there, and"
                    + " open them again.";
        }
        if (!pairs.isEmpty()) {
            return shown + ": " + work.severity() + ": the " + work.what() + " of a cable with this text that is no longer where it was (" + paths.get(0)
                    + ") could belong to this one, but the other copies of its text were paired by their names and this file's name"
                    + " pairs with none; they were not put back and stay in " + work.keptIn() + " as they are. To put them back, give this"
                    + " file the name it had there, and open it again.";
        }
        Set<String> files = new TreeSet<>();
        unpaired.forEach(file -> files.add(CableKey.pathOf(file)));
        files.add(CableKey.pathOf(key));
        List<String> named = List.copyOf(files);
        String last = named.get(named.size() - 1);
        return shown + ": " + work.severity() + ": " + work.made() + " when a cable with this text was at " + paths.get(0) + " could belong to "
                + (named.size() == 1 ? last : String.join(", ", named.subList(0, named.size() - 1)) + " or " + last)
                + ": each holds its text and has no " + work.own() + " of its own, and nothing tells which of them was there; none was"
                + " put back, and they stay in " + work.keptIn() + " as they are. To put them back, give that file the name it had there, or"
                + " move it back, and open it again.";
    }

    private MovedCables.Found putBack(String shown, CorrectionStore.Lookup lookup, String more) {
        return new MovedCables.Found(lookup, shown + ": note: " + work.made() + " when this cable was at " + lookup.correction().path()
                + " are put back (same text; the file was moved or renamed" + more + ").", null);
    }

    /** Whether the stored cables differ only by where they were: any of them is then the right one for every copy. */
    private boolean sameCorrections(List<CorrectionStore.Lookup> cables) {
        Object first = work.content().apply(cables.get(0));
        for (CorrectionStore.Lookup lookup : cables) {
            if (!work.content().apply(lookup).equals(first)) {
                return false;
            }
        }
        return true;
    }
}
