package cabletag.cli;

import cabletag.core.Document;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.NamedInputs;
import cabletag.formats.ReadOutcome;
import cabletag.formats.export.ExportSource;
import cabletag.workspace.CorrectedDocument;
import cabletag.workspace.CorrectedDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The inputs of a command, read one file at a time in the corpus reader's stable order, so that a
 * corpus larger than memory streams through, each document put back as the analyst corrected it by
 * {@link CorrectedDocuments} (the window's route too). Problems (skipped files, bad lines, store files
 * that cannot be read, corrections that no longer fit) are collected as they occur.
 */
final class InputCorpus implements ExportSource, AutoCloseable {

    private final CorpusReader reader = CorpusReader.standard();
    private final List<CorpusFile> files;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    // the warnings of documents handed out that say annotation data of the input was lost (an entity dropped)
    private final List<String> lostAnnotations = new ArrayList<>();
    // the notes of documents handed out about their corrections put back (the file changed or moved): no problems
    private final List<String> correctionNotes = new ArrayList<>();
    private final CorrectedDocuments corrections;
    private final boolean reviewedOnly;
    // the documents handed out that are marked reviewed, until the exporter has asked (by identity: two
    // cables may be equal documents)
    private final Set<Document> reviewed = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private Consumer<ReadOutcome> outcomeListener = outcome -> { };
    private Consumer<CorrectedDocument> correctedListener = corrected -> { };

    private final java.util.Set<Path> givenFiles = new java.util.HashSet<>();
    private boolean failOnUnreadableInput = true;
    private final NamedInputs named;
    private final List<String> nothingRead = new ArrayList<>();
    private IntPredicate skipped = file -> false;
    // the reading threads of each pass over the files, stopped by close() when a pass is left before its end
    private final List<ReadAhead<?>> reading = new ArrayList<>();

    // the listing's problems (a dangling link, a FIFO), each with its place among the files
    private final List<String> listingProblems;
    private final List<Integer> listingPlaces;
    private Consumer<String> listingProblemListener;
    private int nextListingProblem;

    private InputCorpus(List<CorpusFile> files, List<String> listingProblems, List<Integer> listingPlaces,
                        CorrectedDocuments corrections, boolean reviewedOnly, List<Path> inputs, NamedInputs named) {
        this.files = files;
        this.listingProblems = List.copyOf(listingProblems);
        this.listingPlaces = List.copyOf(listingPlaces);
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                givenFiles.add(input);
            }
        }
        this.problems.addAll(listingProblems);
        this.problems.addAll(corrections.problems());
        this.corrections = corrections;
        this.reviewedOnly = reviewedOnly;
        this.named = named;
    }

    /** Checks every input exists and is readable (bad use otherwise) and lists the files. */
    static InputCorpus open(List<Path> inputs, CorrectedDocuments corrections, boolean reviewedOnly) {
        validate(inputs);
        List<CorpusFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        NamedInputs named = NamedInputs.listing(CorpusReader.standard(), inputs, files, problems, places); // = list(inputs)
        return new InputCorpus(files, problems, places, corrections.under(inputs), reviewedOnly, inputs, named);
    }

    static void validate(List<Path> inputs) {
        for (Path input : inputs) {
            if (input.toString().isEmpty()) {
                // Path.of("") is the working folder: an empty argument would quietly read everything there.
                throw new UsageException("'' is not a file or folder (empty path)");
            }
            if (!Files.exists(input)) {
                throw new UsageException(cabletag.formats.CorpusReader.missingInput(input));
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

    void onOutcome(Consumer<ReadOutcome> listener) {
        this.outcomeListener = listener;
    }

    /**
     * Hears each problem of the listing (a dangling link, a FIFO, a folder that cannot be listed) at its place
     * among the files, just before the outcome of the first file after it: {@code check} prints every line in
     * path order. Those problems are in {@link #problems()} from the start all the same.
     */
    void onListingProblemInPlace(Consumer<String> listener) {
        this.listingProblemListener = listener;
    }

    /** The problems of the listing, in their order. */
    List<String> listingProblems() {
        return listingProblems;
    }

    /** Hands the listing's problems placed before the file {@code fileIndex} (all that are left, at the end) to its listener. */
    private void sayListingProblemsBefore(int fileIndex) {
        if (listingProblemListener == null) {
            return;
        }
        while (nextListingProblem < listingProblems.size() && listingPlaces.get(nextListingProblem) <= fileIndex) {
            listingProblemListener.accept(listingProblems.get(nextListingProblem++));
        }
    }

    /** The suggestions rejected, kept beside the store the corrections come from. */
    cabletag.workspace.Rejections rejections() {
        return corrections.rejections();
    }

    /** The suggestions rejected in a document handed out, where they are on it now: the window's route. */
    cabletag.workspace.RejectedPlaces rejectedIn(CorrectedDocument corrected) {
        return corrections.rejectedIn(corrected);
    }

    /** Hears each document as read and as corrected, with its review status, just before it is handed out. */
    void onCorrected(Consumer<CorrectedDocument> listener) {
        this.correctedListener = listener;
    }

    /** The scope of {@code --reviewed-only}: null (every cable) unless asked; asks once per document. */
    Predicate<Document> scope() {
        return reviewedOnly ? reviewed::remove : null;
    }

    /**
     * At the end of the inputs: an input named on the command line that gave no document stops
     * {@code export} and {@code stats} before anything is written ({@link NothingReadException}); for
     * {@code check} it is one more problem ({@link #nothingRead()}).
     */
    private void endOfInputs() {
        nothingRead.addAll(named.nothingRead());
        if (failOnUnreadableInput && !nothingRead.isEmpty()) {
            throw new NothingReadException(problems(), nothingRead);
        }
    }

    /** The inputs that gave no document, one line each; known once every document was read. */
    List<String> nothingRead() {
        return List.copyOf(nothingRead);
    }

    /**
     * Whether something was not read as it should be: a file skipped, a line left out, an input that gave
     * nothing, a store file that cannot be read, a correction that no longer fits.
     */
    boolean hadProblems() {
        return !problems.isEmpty() || !nothingRead.isEmpty() || !lostAnnotations.isEmpty();
    }

    /**
     * The warnings, one line each, of the documents handed out so far that say annotation data of the
     * input was lost in reading (an entity dropped, an annotation line ignored): each makes the command
     * exit 1, as a bad line does, although the document itself was read.
     */
    List<String> lostAnnotations() {
        return List.copyOf(lostAnnotations);
    }

    /**
     * The notes, one line each, of the documents handed out so far about their stored corrections: put back
     * after the file changed (a correction found at a place the others did not move to) or was moved or
     * renamed. The window lists them; a command says them on standard error, for a correction that moved is
     * one to look at before the export is used. No problems: the exit code stays as it is.
     */
    List<String> correctionNotes() {
        return List.copyOf(correctionNotes);
    }

    @Override
    public long expectedSize() {
        return -1; // dataset files hold many documents; the count is known only after reading
    }

    @Override
    public List<String> problems() {
        synchronized (problems) {
            return new ArrayList<>(problems);
        }
    }

    /** The files listed, in reading order, with what the listing saw of them. */
    @Override
    public List<CorpusFile> listedFiles() {
        return Collections.unmodifiableList(files);
    }

    /** The files listed, in reading order. */
    List<Path> files() {
        List<Path> paths = new ArrayList<>(files.size());
        files.forEach(file -> paths.add(file.path()));
        return paths;
    }

    /**
     * Files not to read, because their documents are known already (the consistency check's saved index):
     * they give no document and count as read, not as "nothing read". By their place in {@link #files()};
     * set before {@link #documents()}.
     */
    void skipFiles(IntPredicate skip) {
        this.skipped = skip;
    }

    /**
     * One file as the reading threads leave it: read, each of its documents put back as corrected, and
     * the caller's work done on each.
     */
    private record FileRead<R>(ReadOutcome outcome, List<CorrectedDocument> documents, List<R> results) { }

    private <R> FileRead<R> read(int index, Function<Document, R> work) {
        CorpusFile file = files.get(index);
        ReadOutcome outcome = reader.read(file);
        List<CorrectedDocument> corrected = new ArrayList<>(outcome.documents().size());
        List<R> results = new ArrayList<>(outcome.documents().size());
        for (Document document : outcome.documents()) {
            CorrectedDocument one = corrections.correct(file.path(), document);
            corrected.add(one);
            results.add(work.apply(one.document()));
        }
        return new FileRead<>(outcome, corrected, results);
    }

    /**
     * Stops the reading threads of a pass the caller left before its end (standard output was closed, a
     * write failed): they read ahead, and would otherwise go on with the files already handed to them.
     */
    @Override
    public void close() {
        reading.forEach(ReadAhead::close);
        reading.clear();
    }

    @Override
    public Iterator<Document> documents() {
        return documents(Function.identity());
    }

    /**
     * The documents in input order, with {@code work} done on each. Files are read, parsed, corrected and
     * worked on on every core ahead of the caller ({@link ReadAhead}); everything whose order shows
     * (problems, the outcome listener, a stop for bad use) happens here, as each file's turn comes, so
     * the output is that of a sequential read.
     */
    @Override
    public <R> Iterator<R> documents(Function<Document, R> work) {
        // skipped files never reach the reading threads: a reopened corpus of 250,000 unchanged files costs no
        // hand-over (and no look at its size) per file
        boolean[] skip = new boolean[files.size()];
        List<Integer> toRead = new ArrayList<>();
        List<CorpusFile> filesToRead = new ArrayList<>();
        for (int i = 0; i < skip.length; i++) {
            skip[i] = skipped.test(i);
            if (!skip[i]) {
                toRead.add(i);
                filesToRead.add(files.get(i));
            }
        }
        ReadAhead<FileRead<R>> ahead = new ReadAhead<>(filesToRead, index -> read(toRead.get(index), work));
        reading.add(ahead);
        return new Iterator<>() {
            private int nextFile;
            private List<CorrectedDocument> documents = List.of();
            private List<R> results = List.of();
            private int nextDocument;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (nextDocument == documents.size() && nextFile < files.size()) {
                    int fileIndex = nextFile++;
                    CorpusFile file = files.get(fileIndex);
                    FileRead<R> read = skip[fileIndex]
                            ? new FileRead<>(new ReadOutcome(file, List.of(), List.of()), List.of(), List.of()) : ahead.next();
                    ReadOutcome outcome = read.outcome();
                    if (failOnUnreadableInput && givenFiles.contains(file.path())) {
                        for (String problem : outcome.problems()) {
                            if (CorpusReader.isReadFailure(problem)) {
                                ahead.close();
                                throw new UsageException(problem);
                            }
                        }
                    }
                    problems.addAll(outcome.problems());
                    named.read(fileIndex, skip[fileIndex] ? 1 : outcome.documents().size(), outcome.problems().size());
                    sayListingProblemsBefore(fileIndex);
                    outcomeListener.accept(outcome);
                    documents = read.documents();
                    results = read.results();
                    nextDocument = 0;
                }
                boolean more = nextDocument < documents.size();
                if (!more && !ended) {
                    ended = true;
                    sayListingProblemsBefore(Integer.MAX_VALUE);
                    ahead.close();
                    endOfInputs();
                }
                return more;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CorrectedDocument corrected = documents.get(nextDocument);
                R result = results.get(nextDocument);
                nextDocument++;
                problems.addAll(corrected.problems());
                correctionNotes.addAll(corrected.notes());
                for (cabletag.core.Diagnostic diagnostic : corrected.document().diagnostics()) {
                    if (diagnostic.losesAnnotation()) {
                        lostAnnotations.add(diagnostic.format(corrected.document().source().shown()));
                    }
                }
                if (corrected.isReviewed()) {
                    reviewed.add(corrected.document());
                }
                correctedListener.accept(corrected);
                return result;
            }
        };
    }
}
