package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.formats.CorpusFile;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * What an export reads: documents one at a time (so a corpus larger than memory streams), how many to
 * expect for the progress bar, and the problems met while producing them (skipped files...).
 */
public interface ExportSource {

    /** Expected number of documents, or -1 when unknown. */
    long expectedSize();

    Iterator<Document> documents();

    /**
     * The documents with {@code work} done on each, in input order. A source that reads on several
     * threads runs {@code work} there too, ahead of the caller and several documents at once, so
     * {@code work} must need nothing but its document (no state shared between documents); what needs
     * the order stays with the caller. By default one after another on the caller's thread.
     */
    default <R> Iterator<R> documents(Function<Document, R> work) {
        Iterator<Document> documents = documents();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public R next() {
                return work.apply(documents.next());
            }
        };
    }

    /**
     * The files the documents come from, as listed (an export refuses to replace one of them:
     * {@link OutputsReadAsInputs}); empty when they come from no files.
     */
    default Collection<CorpusFile> listedFiles() {
        return List.of();
    }

    /**
     * One line for each input that gave no document (an empty folder, a folder of binary files only), known
     * before any document is handed out; empty when every input gave one, or when that is only known once
     * the documents are read (the command line's corpus stops itself then). The export writes nothing when
     * there is one: an earlier output is never replaced by one that lacks a whole input.
     */
    default List<String> inputsThatGaveNothing() {
        return List.of();
    }

    /**
     * One line for each file that changed on disk since the documents were read from it, known before any document
     * is handed out ({@link cabletag.formats.ChangedSinceListed}); empty when none did, or when the documents are
     * read as they are handed out (the command line's). The export writes nothing when there is one: it would
     * write what was read, not what the file holds now, as {@code cabletag export} would.
     */
    default List<String> filesChangedSinceRead() {
        return List.of();
    }

    /** Problems met while reading, complete once {@link #documents()} is exhausted. */
    default List<String> problems() {
        return List.of();
    }

    static ExportSource of(List<Document> documents) {
        return new ExportSource() {
            @Override
            public long expectedSize() {
                return documents.size();
            }

            @Override
            public Iterator<Document> documents() {
                return documents.iterator();
            }
        };
    }
}
