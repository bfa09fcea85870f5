package cabletag.workspace;

/** Where the analyst stands with a cable. A cable becomes IN_PROGRESS once any edit was made to it. */
public enum ReviewStatus { NEW, IN_PROGRESS, REVIEWED }
