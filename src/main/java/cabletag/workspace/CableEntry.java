package cabletag.workspace;

/** One row of the corpus list; {@code header} is {@link HeaderSummary#NONE} until the cable is read. */
public record CableEntry(int index, String name, int entityCount, int problemCount, ReviewStatus status,
                         HeaderSummary header) {

    public CableEntry {
        header = header == null ? HeaderSummary.NONE : header;
    }

    public CableEntry(int index, String name, int entityCount, int problemCount, ReviewStatus status) {
        this(index, name, entityCount, problemCount, status, HeaderSummary.NONE);
    }
}
