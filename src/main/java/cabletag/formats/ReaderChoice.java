package cabletag.formats;

import cabletag.formats.inline.InlineFormat;
import cabletag.formats.reader.FormatReader;

/**
 * What a file of a corpus is, told from its name and first bytes: the reader that takes it, or the one
 * problem line that says why it is no part of the corpus (it cannot be read, it is binary, no reader takes
 * it). {@link CorpusReader#read} decides by it, and so does a listing that must know what it lists before
 * reading (the window's), so a file is a cable, a dataset or nothing in the same way on every path.
 *
 * @param reader  the reader that takes the file; null when none does
 * @param problem why the file is skipped (file:line:col: error: …); null when a reader takes it
 */
public record ReaderChoice(FormatReader reader, String problem) {

    public ReaderChoice {
        if ((reader == null) == (problem == null)) {
            throw new IllegalArgumentException("a file is taken by a reader or skipped with a problem");
        }
    }

    static ReaderChoice taken(FormatReader reader) {
        return new ReaderChoice(reader, null);
    }

    static ReaderChoice skipped(String problem) {
        return new ReaderChoice(null, problem);
    }

    /** Whether the file is no part of the corpus: no cable, no document, only its {@link #problem()}. */
    public boolean isSkipped() {
        return reader == null;
    }

    /** Whether the file is one cable (the inline format), as against a dataset of any number of documents. */
    public boolean isOneCable() {
        return reader instanceof InlineFormat;
    }
}
