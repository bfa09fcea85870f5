package cabletag.core;

/**
 * Where a document came from: its name (path relative to the input it was found under, with '/'
 * separators: what an export names it by), the format and encoding it was read in, the decoded source
 * text and how that text lays out around the clean text. Together these write the document back exactly.
 * Its file as the user named it ({@code shown}: the input as given joined with that relative path, e.g.
 * {@code x/c.txt} for {@code c.txt} of the input {@code x}) is what a line about it starts with, so that two
 * files of one name under two inputs are told apart; it is the relative name where no file was named. It is
 * for the user at this machine, never for exported data, which must not change with how the inputs were named.
 * A dataset document's {@code places} say where its characters stand in its file ({@link FilePlaces}), since its
 * text is no copy of the file; null where the text and layout tell it (cables) or nobody said.
 */
public record DocumentSource(String name, SourceFormat format, SourceEncoding encoding, String text, SourceLayout layout,
                             String shown, FilePlaces places) {

    public DocumentSource {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a document source needs a name");
        }
        if (shown == null || shown.isEmpty()) {
            shown = name;
        }
        if (layout != null && layout.sourceLength() != text.length()) {
            throw new IllegalArgumentException("layout covers " + layout.sourceLength() + " characters, source has " + text.length());
        }
    }

    /** A source whose places in its file its text and layout tell. */
    public DocumentSource(String name, SourceFormat format, SourceEncoding encoding, String text, SourceLayout layout,
                          String shown) {
        this(name, format, encoding, text, layout, shown, null);
    }

    /** A source shown by its relative name (no file was named for it). */
    public DocumentSource(String name, SourceFormat format, SourceEncoding encoding, String text, SourceLayout layout) {
        this(name, format, encoding, text, layout, name);
    }

    /** The same source, its file named {@code file} in the lines about it. */
    public DocumentSource shownAs(String file) {
        return file.equals(shown) ? this : new DocumentSource(name, format, encoding, text, layout, file, places);
    }

    /** The same source, its characters standing in its file at {@code filePlaces} (a dataset's reader says where). */
    public DocumentSource withPlaces(FilePlaces filePlaces) {
        return new DocumentSource(name, format, encoding, text, layout, shown, filePlaces);
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
