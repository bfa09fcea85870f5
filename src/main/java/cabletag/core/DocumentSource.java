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

    /** A source that is its own clean text, for documents imported from datasets. */
    public static DocumentSource ofCleanText(String name, SourceFormat format, String text) {
        return new DocumentSource(name, format, SourceEncoding.UTF_8, text, SourceLayout.identity(text));
    }
}
