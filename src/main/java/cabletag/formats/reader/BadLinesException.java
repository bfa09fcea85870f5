package cabletag.formats.reader;

import cabletag.core.Document;
import java.util.List;

/**
 * A dataset file read past lines it could not use: the documents of its good lines, and one problem per
 * bad line. One bad line must not cost the file's other documents, and must not go unsaid either. It is
 * a {@link FormatException} at the first bad line, so a caller that wants all or nothing still gets it.
 */
public final class BadLinesException extends FormatException {

    private final transient List<Document> documents;
    private final List<FormatException> badLines;

    public BadLinesException(List<Document> documents, List<FormatException> badLines) {
        super(badLines.get(0).line(), badLines.get(0).column(), badLines.get(0).getMessage()
                + (badLines.size() > 1 ? " (and " + (badLines.size() - 1) + " more bad lines)" : ""));
        this.documents = List.copyOf(documents);
        this.badLines = List.copyOf(badLines);
    }

    /** Throws when lines were bad; otherwise hands back the documents. */
    public static List<Document> unlessBad(List<Document> documents, List<FormatException> badLines) throws BadLinesException {
        // (badLines is never empty when this throws; the constructor reads its first element)
        if (!badLines.isEmpty()) {
            throw new BadLinesException(documents, badLines);
        }
        return documents;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<FormatException> badLines() {
        return badLines;
    }
}
