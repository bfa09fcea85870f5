package cabletag.cli;

import cabletag.core.Document;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import cabletag.formats.export.ExportSource;
import cabletag.workspace.CorrectedDocument;
import cabletag.workspace.CorrectedDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The inputs of a command, read one file at a time in the corpus reader's stable order, so that a
 * corpus larger than memory streams through, each document put back as the analyst corrected it by
 * {@link CorrectedDocuments} (the window's route too). Problems (skipped files, store files that cannot
 * be read, corrections that no longer fit) are collected as they occur.
 */
final class InputCorpus implements ExportSource {

    private final CorpusReader reader = CorpusReader.standard();
    private final List<CorpusFile> files;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final CorrectedDocuments corrections;
    private final boolean reviewedOnly;
    // the documents handed out that are marked reviewed, until the exporter has asked (by identity: two
    // cables may be equal documents)
    private final java.util.Set<Document> reviewed = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    private Consumer<ReadOutcome> outcomeListener = outcome -> { };

    private final java.util.Set<Path> givenFiles = new java.util.HashSet<>();
    private boolean failOnUnreadableInput = true;

    private InputCorpus(List<CorpusFile> files, List<String> listingProblems, CorrectedDocuments corrections,
                        boolean reviewedOnly, List<Path> inputs) {
        this.files = files;
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                givenFiles.add(input);
            }
        }
        this.problems.addAll(listingProblems);
        this.corrections = corrections;
        this.reviewedOnly = reviewedOnly;
    }

    /** Checks every input exists and is readable (bad use otherwise) and lists the files. */
    static InputCorpus open(List<Path> inputs, CorrectedDocuments corrections, boolean reviewedOnly) {
        validate(inputs);
        CorpusReader.Listing listing = CorpusReader.standard().list(inputs);
        return new InputCorpus(listing.files(), listing.problems(), corrections, reviewedOnly, inputs);
    }

    static void validate(List<Path> inputs) {
        for (Path input : inputs) {
            if (input.toString().isEmpty()) {
                // Path.of("") is the working folder: an empty argument would quietly read everything there.
                throw new UsageException("'' is not a file or folder (empty path)");
            }
            if (!Files.exists(input)) {
                throw new UsageException(input + ": no such file or folder");
            }
            if (!Files.isReadable(input)) {
                throw new UsageException(input + ": not readable");
            }
            if (!Files.isRegularFile(input) && !Files.isDirectory(input)) {
                // A FIFO would block the read forever, a device would be read as a cable: neither is an input.
                throw new UsageException(input + " is not a regular file or folder; give cable or dataset files");
            }
        }
    }

    /**
     * {@code check} reports an unreadable input as one of its problems (exit 1); {@code export} and
     * {@code stats} stop with bad use instead, because a result computed without a file that was asked for
     * by name ("0 cables", exit 0) looks like a success.
     */
    void reportUnreadableInputsAsProblems() {
        this.failOnUnreadableInput = false;
    }

    /** The scope of {@code --reviewed-only}: null (every cable) unless asked; asks once per document. */
    java.util.function.Predicate<Document> scope() {
        return reviewedOnly ? reviewed::remove : null;
    }

    void onOutcome(Consumer<ReadOutcome> listener) {
        this.outcomeListener = listener;
    }

    @Override
    public long expectedSize() {
        return -1; // dataset files hold many documents; the count is known only after reading
    }

    @Override
    public List<String> problems() {
        List<String> all = new ArrayList<>(corrections.problems());
        synchronized (problems) {
            all.addAll(problems);
        }
        return all;
    }

    @Override
    public Iterator<Document> documents() {
        return new Iterator<>() {
            private int nextFile;
            private CorpusFile file;
            private Iterator<Document> current = Collections.emptyIterator();
            private Document next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    Document read = nextRead();
                    if (read == null) {
                        return false;
                    }
                    CorrectedDocument corrected = corrections.correct(file.path(), read);
                    problems.addAll(corrected.problems());
                    next = corrected.document();
                    if (corrected.isReviewed()) {
                        reviewed.add(next);
                    }
                }
                return true;
            }

            private Document nextRead() {
                while (!current.hasNext() && nextFile < files.size()) {
                    nextFile++;
                    file = files.get(nextFile - 1);
                    ReadOutcome outcome = reader.read(file);
                    if (failOnUnreadableInput && givenFiles.contains(file.path())) {
                        for (String problem : outcome.problems()) {
                            if (CorpusReader.isReadFailure(problem)) {
                                throw new UsageException(problem);
                            }
                        }
                    }
                    problems.addAll(outcome.problems());
                    outcomeListener.accept(outcome);
                    current = outcome.documents().iterator();
                }
                return current.hasNext() ? current.next() : null;
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Document result = next;
                next = null;
                return result;
            }
        };
    }
}
