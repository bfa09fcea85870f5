package cabletag.formats.export;

/** Progress of an export, called on the exporting thread after each cable. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total, current) -> { };

    /**
     * @param cablesDone  cables read so far (exported or filtered out)
     * @param cablesTotal expected number of cables, or -1 when unknown
     * @param current     name of the cable just handled
     */
    void update(long cablesDone, long cablesTotal, String current);
}
