package cabletag.workspace.namefinder;

import java.io.IOException;

/**
 * A saved name-finder model written by a cabletag that trained by other rules (see {@link NameFinder#FORMAT}): it
 * can be read, but it would suggest what that cabletag's training learned, which a fix since has shown to be wrong.
 * Not damaged: it is to be discarded and trained again, not used.
 */
public final class OutdatedModelException extends IOException {

    private final int format;

    /** {@code headless}: an OpenNLP model with no head, saved before the format was written (format 1). */
    OutdatedModelException(int format, boolean headless) {
        super(headless ? "written before saved models carried their training's format" : "of training format " + format
                + ", this cabletag trains format " + NameFinder.FORMAT);
        this.format = format;
    }

    /** Whether a later cabletag wrote it: it is then not used here, but left for that cabletag. */
    public boolean isLater() {
        return format > NameFinder.FORMAT;
    }

    /** The training format the file says (1 for a file from before the format was written). */
    public int format() {
        return format;
    }
}
