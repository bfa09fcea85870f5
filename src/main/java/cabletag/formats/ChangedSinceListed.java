package cabletag.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The files of a corpus that changed on disk since it was listed: their size or modification time is no
 * longer the listing's, or they are gone. A window keeps what it read of such a file (what it shows), while
 * {@code cabletag export} reads the file as it is now; exporting from the window then wrote the old text and
 * entities with nothing said, where the command wrote the new.
 */
public final class ChangedSinceListed {

    /** Lines beyond this many are summed up in one: a corpus replaced whole need not be listed file by file. */
    private static final int NAMED = 10;

    private ChangedSinceListed() {
    }

    /** One line per changed file (at most {@value #NAMED}, then how many more); empty when none changed. */
    public static List<String> lines(Collection<CorpusFile> files) {
        List<String> lines = new ArrayList<>();
        int changed = 0;
        for (CorpusFile file : files) {
            String how = change(file);
            if (how != null && ++changed <= NAMED) {
                lines.add(file.shown() + ": " + how + " since the window read it");
            }
        }
        if (changed > NAMED) {
            lines.add("... and " + (changed - NAMED) + " more files changed since the window read them");
        }
        return lines;
    }

    /** How the file changed, or null when it did not (or was not listed with its size and time). */
    private static String change(CorpusFile file) {
        if (file.size() == CorpusFile.UNKNOWN_SIZE) {
            return null;
        }
        return change(file.path(), file.size(), file.modified());
    }

    /**
     * How the file at {@code path} changed since it had {@code size} bytes and was modified at {@code modified}
     * (milliseconds): {@code changed on disk (1200 bytes then, 1300 now)}, {@code changed on disk (written again)},
     * {@code removed}, {@code cannot be read any more}; null when it did not. The export's check and the window's
     * text view ask the same.
     */
    public static String change(Path path, long size, long modified) {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(path, BasicFileAttributes.class); // a link's target, as listed
        } catch (IOException e) {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "cannot be read any more" : "removed";
        }
        if (now.size() != size) {
            return "changed on disk (" + size + " bytes then, " + now.size() + " now)";
        }
        if (now.lastModifiedTime().toMillis() != modified) {
            return "changed on disk (written again)";
        }
        return null;
    }
}
