package cabletag.workspace;

/** Where span edits land: the live corpus model. */
interface SpanTarget {

    /** Applies the change to the cable's spans; throws and changes nothing when it does not fit. */
    void apply(int cable, SpanChange change);
}
