package cabletag.formats;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that a folder is named by naming every entry of it: the entries its walk takes (all but hidden
 * files and backup copies, {@link CorpusReader#leftOutOfFolders}), two or more, each named, are the folder,
 * named once. So a shell's {@code corpus/*} is {@code corpus}: the listing walks the folder, and its files get
 * the names under it ({@code sub/b.txt}, not {@code b.txt} under the input {@code corpus/sub}), with the ids,
 * file names and split parts of an export that follow from them, in the folder's order, with its lines. Applied
 * until nothing changes, so {@code corpus/* corpus/sub/*} is {@code corpus} too. Naming a subfolder alone (or the
 * one entry of a folder of one) is naming that subfolder: another corpus, whose names are under it.
 *
 * <p>An entry is told by its name in its folder, the folder by its real path ({@code corpus/*},
 * {@code corpus/sub/../*} and a link's {@code link/*} are one folder's entries); the folder is named as the
 * first of its entries named (in {@link InputOrder}) names its folder, so lines about its files name them as
 * the user did ({@code corpus/sub/b.txt}; the entries of the working folder, {@code *}, are those of {@code .}).
 * A name besides the entries (a hidden file or a backup copy named on its own, a path that is not there) stays
 * an input of its own. The same rule gives {@code cabletag.workspace.InputSetName} one name for a set of
 * cables.
 */
public final class WholeFolders {

    private WholeFolders() {
    }

    /** The inputs with every folder named by all its entries named as the folder; the others as they were. */
    public static List<Path> of(List<Path> inputs) {
        List<Path> named = new ArrayList<>(inputs);
        while (named.size() >= 2 && gatherOnce(named)) {
            // again: the folders gathered may be every entry of the folder above them
        }
        return named;
    }

    /** Replaces, in {@code named}, the entries of each folder named whole by that folder; whether any was. */
    private static boolean gatherOnce(List<Path> named) {
        Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
        Map<Path, Path> realFolders = new java.util.HashMap<>(); // one look-up per folder, not per entry
        for (Path input : named) {
            Path name = input.getFileName();
            if (name == null || name.toString().isEmpty() || name.toString().equals(".") || name.toString().equals("..")) {
                continue; // a folder named by its own path, not as an entry of one
            }
            Path folder = realFolders.computeIfAbsent(folderOf(input), WholeFolders::real);
            byFolder.computeIfAbsent(folder, key -> new ArrayList<>()).add(input);
        }
        boolean changed = false;
        for (Map.Entry<Path, List<Path>> folder : byFolder.entrySet()) {
            List<Path> entries = folder.getValue();
            Set<String> names = new HashSet<>();
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
            // a few files named out of a large folder: told by a listing of a few names
            if (names.size() < 2 || entriesTaken(folder.getKey(), names.size() + 1).size() > names.size()) {
                continue;
            }
            List<Path> taken = entriesTaken(folder.getKey(), Integer.MAX_VALUE);
            Set<String> takenNames = new HashSet<>();
            for (Path entry : taken) {
                takenNames.add(entry.getFileName().toString());
            }
            if (taken.size() < 2 || !names.containsAll(takenNames)) {
                continue;
            }
            List<Path> whole = new ArrayList<>();
            for (Path entry : entries) {
                if (takenNames.contains(entry.getFileName().toString())) {
                    whole.add(entry);
                }
            }
            Path as = folderOf(InputOrder.sorted(whole).get(0));
            named.removeAll(whole);
            if (!named.contains(as)) {
                named.add(as);
            }
            changed = true;
        }
        return changed;
    }

    /** The folder that holds a named input, as named: {@code .} for a name with no folder in it. */
    private static Path folderOf(Path input) {
        Path parent = input.getParent();
        return parent != null ? parent : Path.of(".");
    }

    /**
     * Up to {@code most} entries of a folder that its walk takes (not hidden, not a backup copy), in the order
     * the system lists them; none when it cannot be listed, so a folder that cannot be read is never named whole.
     */
    public static List<Path> entriesTaken(Path folder, int most) {
        List<Path> taken = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path entry : listing) {
                if (!CorpusReader.leftOutOfFolders(entry.getFileName().toString())) {
                    taken.add(entry);
                    if (taken.size() == most) {
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return taken;
    }

    /** Whether the walk of {@code folder} goes down to {@code path} below it: no name on the way is one it leaves out. */
    public static boolean walkedBelow(Path folder, Path path) {
        for (Path name : folder.relativize(path)) {
            if (CorpusReader.leftOutOfFolders(name.toString())) {
                return false;
            }
        }
        return true;
    }

    /** A path's real path, or where it cannot be had (gone, not allowed), the path absolute and without {@code ..}. */
    public static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
