package cabletag.workspace;

import cabletag.core.Span;

/** Where the analyst is in a session: a cable and, when one is selected, an entity of it (else null). */
public record Position(int cable, Span entity) { }
