package cabletag.workspace;

import cabletag.core.Document;
import cabletag.formats.export.ExportSource;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The window's export: the session's cables as corrected so far, in corpus order, and the problems
 * {@code cabletag export} would name for the same inputs. The cables are the listing's, which the corpus
 * reader decides as it does for the commands (a skipped file is no cable); the problems are those of no
 * cable and each cable's stored corrections that could not be put back, but not what each document says
 * itself (the exporter counts its diagnostics from it) nor notes that are news, not problems: each is
 * counted once, as the command counts it. Exporting waits for the listing
 * to end: a part of the corpus is not the corpus.
 */
final class WorkspaceExportSource implements ExportSource {

    private final Workspace workspace;
    private final CorpusLoader loader;
    private final Problems problems;

    WorkspaceExportSource(Workspace workspace, CorpusLoader loader, Problems problems) {
        this.workspace = workspace;
        this.loader = loader;
        this.problems = problems;
    }

    @Override
    public long expectedSize() {
        return loader.isListed() ? loader.size() : -1;
    }

    @Override
    public Iterator<Document> documents() {
        awaitListing();
        int size = loader.size();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Document next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return workspace.document(next++);
            }
        };
    }

    /** The listed files the cables come from (a dataset file once): waits for the listing, as the documents do. */
    @Override
    public java.util.Collection<cabletag.formats.CorpusFile> listedFiles() {
        awaitListing();
        return workspace.listedFiles();
    }

    /** What the listing found to give no cable: the export stops for it, as cabletag export does. */
    @Override
    public List<String> inputsThatGaveNothing() {
        awaitListing();
        return loader.nothingRead();
    }

    /**
     * The listed files changed on disk since: the window shows (and would export) what it read of them, the
     * command reads them as they are now.
     */
    @Override
    public List<String> filesChangedSinceRead() {
        return cabletag.formats.ChangedSinceListed.lines(listedFiles());
    }

    private void awaitListing() {
        try {
            loader.awaitListing();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the corpus was being listed; nothing exported", e);
        }
    }

    /** Complete once the documents are all handed out: reading a cable may find a stored correction that no longer fits. */
    @Override
    public List<String> problems() {
        List<String> named = new java.util.ArrayList<>(problems.snapshot()); // the listing's, the store's, the session's
        loader.problemsOfCablesForExport(named);
        return named;
    }
}
