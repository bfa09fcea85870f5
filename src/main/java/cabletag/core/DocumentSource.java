package cabletag.core;

/**
 * Where a document came from: its name (path relative to the corpus root, with '/' separators), the
 * format and encoding it was read in, the decoded source text and how that text lays out around the
 * clean text. Together these write the document back exactly.
 */
public record DocumentSource(String name, SourceFormat format, SourceEncoding encoding, String text, SourceLayout layout) {

    public DocumentSource {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a document source needs a name");
        }
        if (layout != null && layout.sourceLength() != text.length()) {
            throw new IllegalArgumentException("layout covers " + layout.sourceLength() + " characters, source has " + text.length());
        }
    }

    /** The line endings the source uses: "LF", "CRLF", "CR", "mixed" or "none"; all are kept on write. */
    public String lineEndings() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds == 0) {
            return "none";
        }
        if (kinds > 1) {
            return "mixed";
        }
        return lf > 0 ? "LF" : crlf > 0 ? "CRLF" : "CR";
    }

    /** A source that is its own clean text, for documents imported from datasets. */
    public static DocumentSource ofCleanText(String name, SourceFormat format, String text) {
        return new DocumentSource(name, format, SourceEncoding.UTF_8, text, SourceLayout.identity(text));
    }
}
