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
 *
 * <p>The file is the only copy: each change reads it, changes it and writes it whole, and {@link #keys()}
 * reads it. A dismissal's undo may run after its Consistency view was closed and another opened over the same
 * file; a set kept in memory by each would write back what the other had taken out. A file deleted by hand
 * (which brings every finding back) is seen at the next look.
 */
public final class Dismissals {

    /** One change at a time in this process: a read-change-write must not lose another's change. */
    private static final Object WRITING = new Object();

    private final Path file;

    private Dismissals(Path file) {
        this.file = file;
    }

    /** The dismissals saved beside this index file (none when nothing was dismissed yet). */
    public static Dismissals beside(Path indexFile) {
        String name = indexFile.getFileName().toString();
        return new Dismissals(indexFile.resolveSibling(name.replaceFirst("\\.index$", "") + ".dismissed"));
    }

    /** The dismissals kept in this file ({@code <inputs>.dismissed}). */
    static Dismissals in(Path dismissedFile) {
        return new Dismissals(dismissedFile);
    }

    /** The keys dismissed now, in the order they were dismissed. */
    public Set<String> keys() throws IOException {
        synchronized (WRITING) {
            return read();
        }
    }

    public Path file() {
        return file;
    }

    /** Remembers one more dismissed finding, on disk before this returns. */
    public void dismiss(String key) throws IOException {
        if (key.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a finding key is one line");
        }
        synchronized (WRITING) {
            Set<String> keys = read();
            if (keys.add(key)) {
                write(keys);
            }
        }
    }

    /** Brings a dismissed finding back (its dismissal undone, or restored by the analyst), on disk before this returns. */
    public void restore(String key) throws IOException {
        synchronized (WRITING) {
            Set<String> keys = read();
            if (keys.remove(key)) {
                write(keys);
            }
        }
    }

    /** Brings several dismissed findings back in one write (forgetting those that no longer occur). */
    public void restoreAll(java.util.Collection<String> gone) throws IOException {
        synchronized (WRITING) {
            Set<String> keys = read();
            if (keys.removeAll(gone)) {
                write(keys);
            }
        }
    }

    /** Remembers several dismissed findings again in one write (the undo of {@link #restoreAll}). */
    public void dismissAll(java.util.Collection<String> again) throws IOException {
        for (String key : again) {
            if (key.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a finding key is one line");
            }
        }
        synchronized (WRITING) {
            Set<String> keys = read();
            if (keys.addAll(again)) {
                write(keys);
            }
        }
    }

    private Set<String> read() throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    keys.add(line);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing dismissed yet
        }
        return keys;
    }

    private void write(Set<String> keys) throws IOException {
        AtomicFile.write(file, (keys.isEmpty() ? "" : String.join("\n", keys) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
