package cabletag.core.score;

/**
 * How a corrected entity and an entity as read disagree, when they do. Boundary errors (the same label
 * over a different extent) are kept apart from label errors (the same extent, another label) because
 * they call for different fixes in a tagger: tokenization and span decoding against classification.
 */
public enum ErrorKind {
    /** Overlapping, same label, different extent. */
    BOUNDARY("boundary"),
    /** Same extent, different label. */
    LABEL("label"),
    /** Overlapping, different extent and different label. */
    BOUNDARY_AND_LABEL("boundary+label"),
    /** A corrected entity that no entity as read overlaps (one kept exactly does not count). */
    MISSED("missed"),
    /** An entity as read that no corrected entity overlaps (one kept exactly does not count). */
    SPURIOUS("spurious");

    private final String title;

    ErrorKind(String title) {
        this.title = title;
    }

    /** The name in reports and JSON. */
    public String title() {
        return title;
    }
}
