package cabletag.workspace;

/** How far "apply to all occurrences" reaches. */
public enum OccurrenceScope { CABLE, CORPUS }
