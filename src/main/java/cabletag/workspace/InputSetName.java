package cabletag.workspace;

import cabletag.formats.WholeFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs of a corpus written one way whatever way they were named, so that what is kept of it beside the
 * store is found again (the consistency index and the findings dismissed beside it, the window's cable
 * summaries): a folder or every entry of it one by one ({@code seeds/*}),
 * in any order, through a link or a {@code ..}, a folder or the folder above it that holds nothing else.
 *
 * <p>The rules, applied until nothing changes: each input is its real path; an input inside another input
 * that is a folder goes, unless the folder walk leaves it out there (a hidden file or a backup copy named on its
 * own); entries that are every entry the folder walk takes of a folder with two or more become that folder;
 * a folder whose walk takes one entry alone becomes that entry. Two namings of one set of cables become the
 * same list; namings of other sets (a folder's {@code *.txt} beside an {@code .html} of it) stay apart. The rule
 * of a folder named by all its entries is the listing's ({@link WholeFolders}), which names the cables of
 * {@code seeds/*} as those of {@code seeds}; the rest (real paths, a folder of one entry) is this name's own.
 */
public final class InputSetName {

    private final Map<Path, List<Path>> walked = new HashMap<>();
    private final Map<Path, Optional<Path>> onlyEntries = new HashMap<>();

    private InputSetName() {
    }

    /** The inputs written one way: real paths, sorted. */
    public static List<String> of(List<Path> inputs) {
        return new InputSetName().canonical(inputs);
    }

    /**
     * The inputs as versions before 2026-12-05 wrote them to name what they kept of a set: absolute, without
     * {@code ..}, distinct, sorted; {@code corpus} and {@code corpus/*} were two sets. Read to find what they kept.
     */
    public static List<String> asNamedBefore(List<Path> inputs) {
        List<String> paths = new ArrayList<>();
        for (Path input : inputs) {
            String path = input.toAbsolutePath().normalize().toString();
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        paths.sort(null);
        return paths;
    }

    private List<String> canonical(List<Path> inputs) {
        Set<Path> set = new HashSet<>();
        for (Path input : inputs) {
            set.add(WholeFolders.real(input));
        }
        boolean changed = true;
        while (changed) {
            changed = dropInsideFolders(set) | gatherIntoFolders(set) | narrowToOnlyEntry(set);
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (Path path : set) {
            sorted.add(path.toString());
        }
        return new ArrayList<>(sorted);
    }

    /** An input a folder input's walk reaches anyway is no input of its own. */
    private boolean dropInsideFolders(Set<Path> set) {
        List<Path> inside = new ArrayList<>();
        for (Path path : set) {
            for (Path above = path.getParent(); above != null; above = above.getParent()) {
                if (set.contains(above) && Files.isDirectory(above) && WholeFolders.walkedBelow(above, path)) {
                    inside.add(path);
                    break;
                }
            }
        }
        return set.removeAll(inside);
    }

    /**
     * Every walked entry of a folder of two or more, each named (an entry that is a folder of one entry alone
     * may be named as that entry): the folder.
     */
    private boolean gatherIntoFolders(Set<Path> set) {
        Map<Path, Integer> namedIn = new HashMap<>();
        for (Path path : set) {
            Path folder = folderCountedIn(path);
            if (folder != null) {
                namedIn.merge(folder, 1, Integer::sum);
            }
        }
        boolean changed = false;
        for (Map.Entry<Path, Integer> folder : namedIn.entrySet()) {
            int named = folder.getValue();
            // a few files named out of a large folder: told by a listing of names, before any real path is asked
            if (WholeFolders.entriesTaken(folder.getKey(), named + 1).size() > named) {
                continue;
            }
            List<Path> walked = walkedEntries(folder.getKey());
            if (walked.size() >= 2 && set.containsAll(walked)) {
                set.removeAll(walked);
                set.add(folder.getKey());
                changed = true;
            }
        }
        return changed;
    }

    /** The folder of two or more entries an input is one of: its own, or the first above a chain of folders of one entry. */
    private Path folderCountedIn(Path path) {
        Path child = path;
        Path folder = path.getParent();
        while (folder != null && WholeFolders.walkedBelow(folder, child) && onlyEntry(folder) != null) {
            child = folder;
            folder = folder.getParent();
        }
        return folder != null && WholeFolders.walkedBelow(folder, child) ? folder : null;
    }

    /** A folder whose walk takes one entry alone stands for that entry. */
    private boolean narrowToOnlyEntry(Set<Path> set) {
        boolean changed = false;
        for (Path path : List.copyOf(set)) {
            Path narrowed = narrowed(path);
            if (!narrowed.equals(path)) {
                set.remove(path);
                set.add(narrowed);
                changed = true;
            }
        }
        return changed;
    }

    /** The path down a chain of folders of one entry each, to the first that is not one. */
    private Path narrowed(Path path) {
        Path at = path;
        for (Path only = onlyEntry(at); only != null; only = onlyEntry(at)) {
            at = only;
        }
        return at;
    }

    /** The real path of a folder's one walked entry; null for a file, or a folder of none or of more. */
    private Path onlyEntry(Path folder) {
        return onlyEntries.computeIfAbsent(folder, dir -> {
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            List<Path> firstTwo = WholeFolders.entriesTaken(dir, 2);
            return firstTwo.size() == 1 ? Optional.of(WholeFolders.real(firstTwo.get(0))) : Optional.empty();
        }).orElse(null);
    }

    /** The entries of a folder its walk takes (not hidden, not a backup copy), as real paths, each narrowed. */
    private List<Path> walkedEntries(Path folder) {
        return walked.computeIfAbsent(folder, dir -> {
            List<Path> real = new ArrayList<>();
            for (Path entry : WholeFolders.entriesTaken(dir, Integer.MAX_VALUE)) {
                real.add(narrowed(WholeFolders.real(entry)));
            }
            return real;
        });
    }
}
