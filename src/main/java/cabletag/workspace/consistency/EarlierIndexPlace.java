package cabletag.workspace.consistency;

import cabletag.formats.io.AtomicFile;
import cabletag.formats.io.IoReason;
import cabletag.workspace.InputSetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where versions before 2026-12-05 kept a consistency index and its dismissed findings: named by the inputs
 * exactly as given (absolute, without {@code ..}, sorted), so that {@code seeds} and {@code seeds/*} had two.
 * Opening a corpus carries what is there over to the place {@link InputSetName} gives, once.
 */
final class EarlierIndexPlace {

    /** Kept beside the dismissals carried over, so they are carried once and remain at hand. */
    static final String CARRIED = ".carried";

    private EarlierIndexPlace() {
    }

    /** The inputs as the earlier versions named them. */
    static List<String> naming(List<Path> inputs) {
        return InputSetName.asNamedBefore(inputs);
    }

    /**
     * An index (and the one read without corrections) is copied where none is yet, since building it again may
     * take minutes; the dismissed findings are added to those kept at the new place and their old file renamed
     * {@code .dismissed.carried}. Nothing is lost when a step fails: it is said, and tried again next time.
     */
    static void carryOver(Path earlier, Path located, Consumer<String> problems) {
        if (earlier.equals(located) || !Files.isDirectory(earlier.getParent())) {
            return;
        }
        String from = stem(earlier);
        String to = stem(located);
        for (String suffix : List.of(".index", "-as-read.index")) {
            copyIfNone(earlier.resolveSibling(from + suffix), located.resolveSibling(to + suffix), problems);
        }
        for (String suffix : List.of(".dismissed", "-as-read.dismissed")) {
            merge(earlier.resolveSibling(from + suffix), located.resolveSibling(to + suffix), problems);
        }
    }

    private static String stem(Path indexFile) {
        return indexFile.getFileName().toString().replaceFirst("\\.index$", "");
    }

    private static void copyIfNone(Path from, Path to, Consumer<String> problems) {
        if (!Files.isRegularFile(from) || Files.exists(to)) {
            return;
        }
        try {
            AtomicFile.write(to, out -> Files.copy(from, out));
        } catch (IOException e) {
            problems.accept(from + ": the consistency index could not be copied to " + to.getFileName()
                    + " (it is built again): " + IoReason.describe(e));
        }
    }

    private static void merge(Path from, Path to, Consumer<String> problems) {
        if (!Files.isRegularFile(from)) {
            return;
        }
        try {
            Set<String> keys = Dismissals.in(from).keys();
            Dismissals.in(to).dismissAll(keys);
            Files.move(from, from.resolveSibling(from.getFileName() + CARRIED), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            problems.accept(from + ": the dismissed findings could not be carried over to " + to.getFileName() + ": "
                    + IoReason.describe(e));
        }
    }
}
