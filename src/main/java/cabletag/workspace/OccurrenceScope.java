package cabletag.workspace;

public enum OccurrenceScope { CABLE, CORPUS }
