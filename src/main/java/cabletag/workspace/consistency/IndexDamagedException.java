package cabletag.workspace.consistency;

import java.nio.file.Path;

/** A saved consistency index that cannot be used: named, with why, so the caller says so and rebuilds. */
public final class IndexDamagedException extends Exception {

    private final Path file;

    IndexDamagedException(Path file, String reason) {
        super(file + ": the saved consistency index cannot be read (" + reason + "); it is built again");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
