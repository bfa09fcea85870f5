package cabletag.formats.reader;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Reads one kind of file into documents. One file may hold many documents (JSONL, CoNLL). */
public interface FormatReader {

    /** Short name used on the command line and in messages: inline, jsonl, conll, brat, doccano. */
    String name();

    /** Whether this reader takes the file, judged by its name and first bytes (at most 4096). */
    boolean accepts(Path file, byte[] head);

    /**
     * Whether the file {@code name} is one this reader consumes as part of another file (brat's NAME.txt
     * beside NAME.ann), so the corpus does not read it twice; {@code siblingIsFile} says whether a regular
     * file of a given name lies beside it. A folder walk answers that from the names it has listed, so
     * 250,000 cables cost no failed look-up each.
     */
    default boolean isCompanion(String name, Predicate<String> siblingIsFile) {
        return false;
    }

    /**
     * Reads the file; {@code name} is its path relative to the corpus root with '/' separators.
     * Recoverable problems go into each document's diagnostics; a file that cannot be read at all
     * throws {@link FormatException} naming the line and column.
     */
    List<Document> read(Path file, String name) throws IOException, FormatException;

    /**
     * Reads the file from its whole content, already in memory. Readers of one self-contained file
     * override this so a corpus opens each file once; the rest read the file (and its companions) again.
     */
    default List<Document> read(Path file, String name, byte[] content) throws IOException, FormatException {
        return read(file, name);
    }
}
