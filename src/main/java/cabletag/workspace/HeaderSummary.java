package cabletag.workspace;

import cabletag.core.CableHeader;
import java.util.Map;

/**
 * What the corpus list shows and filters of a cable's header: its origin, the day it was created
 * ({@code yyyy-mm-dd}, or {@code yyyy}) and its classification. Kept for every cable of the session once
 * read, while the document itself may be let go: three short strings, shared between cables through the
 * pool of the session (a corpus has a few hundred origins, a few classifications, a few thousand days).
 */
public record HeaderSummary(String origin, String created, String classification) {

    /** A cable not read yet, or with no such header fields. */
    public static final HeaderSummary NONE = new HeaderSummary("", "", "");

    public HeaderSummary {
        origin = origin == null ? "" : origin;
        created = created == null ? "" : created;
        classification = classification == null ? "" : classification;
    }

    /** The summary of a header, its strings taken from {@code pool} when an equal one is there already. */
    static HeaderSummary of(CableHeader header, Map<String, String> pool) {
        if (header.origin().isEmpty() && header.created().isEmpty() && header.classification().isEmpty()) {
            return NONE;
        }
        return new HeaderSummary(shared(header.origin(), pool), shared(header.createdDay(), pool),
                shared(header.classification(), pool));
    }

    private static String shared(String value, Map<String, String> pool) {
        return value.isEmpty() ? "" : pool.computeIfAbsent(value, v -> v);
    }
}
