package cabletag.formats.reader;

/**
 * What every reader says of the NUL characters it read as U+FFFD (a cable, a JSON line's text, a CoNLL document,
 * a brat text): one problem code, and one way of counting them, so the four lines cannot drift apart.
 */
public final class NulCharacters {

    /** The problem code of NUL characters in a text. */
    public static final String CODE = "nul-byte";

    private NulCharacters() {
    }

    /**
     * The subject of the line's "read as U+FFFD": {@code it is} for one NUL, else {@code it and 2 more NUL
     * characters after it are}, {@code where} ({@code " in this document"}, or "") after "after it".
     */
    public static String counted(long count, String where) {
        if (count == 1) {
            return "it is";
        }
        return "it and " + (count - 1) + (count == 2 ? " more NUL character" : " more NUL characters") + " after it"
                + where + " are";
    }
}
