package cabletag.workspace;

import cabletag.core.Document;
import java.util.List;

/** Where a workspace's documents come from, in a stable order, listed first and read when needed. */
interface CorpusSource {

    /**
     * One document of the corpus: its source name, the file it comes from (its store key starts with
     * that file's real path), the document when it is already read, and its file as the lines about it
     * name it ({@link cabletag.formats.CorpusFile#shownName}).
     */
    record Entry(String name, java.nio.file.Path file, Object handle, Document document, String shown) {

        /** An entry whose lines name it by its source name. */
        Entry(String name, java.nio.file.Path file, Object handle, Document document) {
            this(name, file, handle, document, name);
        }

        boolean isRead() {
            return document != null;
        }
    }

    /**
     * Lists the corpus. Files known to hold one document each come back unread (cheap); others are
     * read now, one entry per document. Inputs that do not exist are reported in {@code problems}.
     */
    List<Entry> list(List<String> problems);

    /**
     * Lists the corpus as {@link #list(List)} does, handing the entries to {@code batches} as they are
     * listed, in the same order (a window fills its list as they come).
     */
    default void list(List<String> problems, java.util.function.Consumer<List<Entry>> batches) {
        batches.accept(list(problems));
    }

    /** One line for each input that gave no document, known once {@link #list} returned; empty before. */
    default List<String> nothingRead() {
        return List.of();
    }

    /**
     * Reads an unread entry; safe to call from several threads. Never throws: a file that cannot be
     * read gives an empty document whose diagnostics say why.
     */
    Document read(Entry entry);
}
