package cabletag.workspace;

/** One row of the corpus list. */
public record CableEntry(int index, String name, int entityCount, int problemCount, ReviewStatus status) { }
