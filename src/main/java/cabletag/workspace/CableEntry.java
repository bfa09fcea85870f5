package cabletag.workspace;

public record CableEntry(int index, String name, int entityCount, int problemCount, ReviewStatus status) {}
