package cabletag.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which named inputs are listed: by where they are, not by the order they were named in. A
 * folder's files come in the order of their relative names, a subfolder taking its place as {@code name/};
 * named inputs are put in the same order by their absolute paths, a folder's with its {@code /}. So the
 * files {@code b.txt a.txt}, the same two named {@code a.txt b.txt}, and their folder all list alike, and
 * an export does not change with the order of its arguments.
 */
final class InputOrder {

    private InputOrder() {
    }

    static List<Path> sorted(List<Path> inputs) {
        return inputs.stream().sorted(Comparator.comparing(InputOrder::key)).toList();
    }

    private static String key(Path input) {
        String path = input.toAbsolutePath().normalize().toString();
        return Files.isDirectory(input) && !path.endsWith("/") ? path + "/" : path;
    }
}
