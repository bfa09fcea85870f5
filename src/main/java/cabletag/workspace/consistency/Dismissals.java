package cabletag.workspace.consistency;

import cabletag.formats.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The findings the analyst dismissed, remembered beside the saved index: one finding key a line, UTF-8,
 * written atomically on each change ({@code <store root>/consistency/<inputs>.dismissed}).
 */
public final class Dismissals {

    private final Path file;
    private final Set<String> keys = new LinkedHashSet<>();

    private Dismissals(Path file) {
        this.file = file;
    }

    /** The dismissals saved beside this index file (none when nothing was dismissed yet). */
    public static Dismissals beside(Path indexFile) throws IOException {
        String name = indexFile.getFileName().toString();
        Dismissals dismissals = new Dismissals(indexFile.resolveSibling(name.replaceFirst("\\.index$", "") + ".dismissed"));
        try {
            for (String line : Files.readAllLines(dismissals.file, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    dismissals.keys.add(line);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing dismissed yet
        }
        return dismissals;
    }

    public Set<String> keys() {
        return Set.copyOf(keys);
    }

    public Path file() {
        return file;
    }

    /** Remembers one more dismissed finding, on disk before this returns. */
    public void dismiss(String key) throws IOException {
        if (key.indexOf('\n') >= 0 || !keys.add(key)) {
            return;
        }
        AtomicFile.write(file, String.join("\n", keys).concat("\n").getBytes(StandardCharsets.UTF_8));
    }
}
