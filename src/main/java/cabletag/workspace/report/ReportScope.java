package cabletag.workspace.report;

/** Which cables the report card scores. Every output states it, with how many cables it covered. */
public enum ReportScope {
    /** Only cables the analyst marked reviewed: the ones whose corrections are finished, so a fair gold. */
    REVIEWED("reviewed cables only"),
    /** Every cable, reviewed or not: an unreviewed cable's tags count as if they were right. */
    ALL("all cables");

    private final String description;

    ReportScope(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
