package cabletag.workspace;

public enum ReviewStatus { NEW, IN_PROGRESS, REVIEWED }
