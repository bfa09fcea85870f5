package cabletag.workspace;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.SpanSet;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.NamedInputs;
import cabletag.formats.ReadOutcome;
import cabletag.formats.ReaderChoice;
import cabletag.formats.inline.CableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under the inputs, read by the format readers. What each file is, the corpus reader decides
 * from its name and first bytes ({@link CorpusReader#choose}), as it does for the commands: a cable (the
 * inline format) holds one document, so it is listed by name and read later; a dataset, which may hold
 * many documents, is read while listing; a file that is neither (binary, unreadable) is no cable at all,
 * only a problem of the listing, as the commands skip it. A file whose summary is kept from an earlier
 * opening, unchanged since (same size and modification time), was read as one cable then: it is listed as
 * one without being opened, so a second opening of 250,000 cables does not open every file to list it.
 * The others are told on the listing thread and the background reader's threads at once ({@link ListingChoices}).
 */
final class ReaderCorpus implements CorpusSource {

    private final CorpusReader reader;
    private final List<Path> inputs;
    /** The summaries kept by an earlier opening, asked for after the first batch (null: none). */
    private final Supplier<CableSummaries> kept;
    /** How many threads beside the listing's help it tell what each file is (see {@link ListingChoices}). */
    private final int helpers;
    /** The listing going on or done last (a test hook counts the files it opened). */
    private volatile ListingChoices listing;
    /** The inputs that gave no cable, one line each, once listed. */
    private volatile List<String> nothingRead = List.of();

    ReaderCorpus(CorpusReader reader, List<Path> inputs) {
        this(reader, inputs, () -> null);
    }

    /** {@code kept} is asked once, on the listing thread, after the first batch is listed (loading it takes time). */
    ReaderCorpus(CorpusReader reader, List<Path> inputs, Supplier<CableSummaries> kept) {
        this(reader, inputs, kept, ListingChoices.readerThreads());
    }

    /** {@code helpers}: how many threads beside the listing's tell what the files are (tests vary it). */
    ReaderCorpus(CorpusReader reader, List<Path> inputs, Supplier<CableSummaries> kept, int helpers) {
        this.reader = reader;
        this.inputs = List.copyOf(inputs);
        this.kept = kept;
        this.helpers = helpers;
    }

    @Override
    public List<Entry> list(List<String> problems) {
        List<Entry> entries = new ArrayList<>();
        list(problems, entries::addAll);
        return entries;
    }

    @Override
    public void list(List<String> problems, java.util.function.Consumer<List<Entry>> batches) {
        List<String> readProblems = new ArrayList<>();
        CableSummaries[] summaries = new CableSummaries[1];
        boolean[] firstBatch = {true};
        FileYields yields = new FileYields();
        CorpusReader.Streamed streamed;
        try (ListingChoices choices = new ListingChoices(reader, helpers)) {
            listing = choices;
            streamed = reader.streamNamed(inputs, files -> {
                if (!firstBatch[0] && summaries[0] == null) {
                    summaries[0] = kept.get(); // not before the first rows are shown
                }
                firstBatch[0] = false;
                CableSummaries known = summaries[0];
                ReaderChoice[] chosen = choices.choose(files, file -> readAsOneCableBefore(known, file));
                List<Entry> entries = new ArrayList<>(files.size());
                for (int i = 0; i < files.size(); i++) {
                    CorpusFile file = files.get(i);
                    ReaderChoice choice = chosen[i];
                    if (choice == null || choice.isOneCable()) { // null: read as one cable before, unchanged since
                        entries.add(new Entry(file.name(), file.path(), file, null, file.shown()));
                        yields.add(1, 0);
                        continue;
                    }
                    if (choice.isSkipped()) {
                        readProblems.add(choice.problem()); // no cable: the commands skip it with this line too
                        yields.add(0, 1);
                        continue;
                    }
                    ReadOutcome outcome = reader.read(file);
                    readProblems.addAll(outcome.problems());
                    yields.add(outcome.documents().size(), outcome.problems().size());
                    for (Document document : outcome.documents()) {
                        entries.add(new Entry(document.source().name(), file.path(), file, document, document.source().shown()));
                    }
                }
                if (!entries.isEmpty()) {
                    batches.accept(entries);
                }
            });
        }
        problems.addAll(streamed.problems()); // as before: the listing's problems, then what reading its datasets found
        problems.addAll(readProblems);
        // an input that gave no cable (an empty folder, one of binary files only): the line the commands end with
        nothingRead = List.copyOf(yields.countInto(streamed.inputs()).nothingRead());
        problems.addAll(nothingRead);
    }

    @Override
    public List<String> nothingRead() {
        return nothingRead;
    }

    /**
     * What each listed file gave, in listing order, until the listing knows which input each came from:
     * a listed cable one document, a skipped file none and its problem, a dataset what reading it found.
     */
    private static final class FileYields {
        private int[] documents = new int[64];
        private int[] problems = new int[64];
        private int size;

        void add(int documentCount, int problemCount) {
            if (size == documents.length) {
                documents = java.util.Arrays.copyOf(documents, size * 2);
                problems = java.util.Arrays.copyOf(problems, size * 2);
            }
            documents[size] = documentCount;
            problems[size] = problemCount;
            size++;
        }

        NamedInputs countInto(NamedInputs inputs) {
            for (int i = 0; i < size; i++) {
                inputs.read(i, documents[i], problems[i]);
            }
            return inputs;
        }
    }

    /** Test hook: how many files listing opened to tell what they are (a file kept as read before is not opened). */
    int openedToList() {
        ListingChoices last = listing;
        return last == null ? 0 : last.opened();
    }

    @Override
    public Document read(Entry entry) {
        CorpusFile file = (CorpusFile) entry.handle();
        ReadOutcome outcome = reader.read(file);
        if (outcome.documents().size() == 1) {
            return outcome.documents().get(0);
        }
        String why = outcome.problems().isEmpty()
                ? file.shown() + " holds " + outcome.documents().size() + " documents where one cable was expected; open it on its own"
                : String.join("; ", outcome.problems());
        return unreadable(file.name(), file.shown(), why);
    }

    /**
     * A stand-in for a file that could not be read, so the corpus list keeps its place and says why: named {@code name} under its input and shown as
     * {@code shown}, the name its reading problems ({@code why}) start with.
     */
    static Document unreadable(String name, String shown, String why) {
        return new Document(CableReader.idOf(name), DocumentSource.ofCleanText(name, SourceFormat.INLINE, "").shownAs(shown), "",
                SpanSet.empty(), Map.of(), List.of(problem(shown, why)));
    }

    /**
     * The stand-in's problem. {@code why} is usually the reader's problem line, which names the file and
     * the place already ("binary.txt:1:469: error: binary file … skipped"): its place and severity become
     * the diagnostic's, else the Problems pane showed the file and a place twice ("binary.txt:1:1: error:
     * binary.txt:1:469: error: …"). Anything else is an error at the start of the file.
     */
    static Diagnostic problem(String name, String why) {
        Matcher located = Pattern.compile(Pattern.quote(name) + ":(\\d{1,9}):(\\d{1,9}): (error|warning|info): (.+)", Pattern.DOTALL)
                .matcher(why);
        if (located.matches() && !why.contains("; " + name + ":")) { // one problem line, not several joined
            int line = Integer.parseInt(located.group(1));
            int column = Integer.parseInt(located.group(2));
            if (line >= 1 && column >= 1) {
                return new Diagnostic(Diagnostic.Severity.valueOf(located.group(3).toUpperCase(Locale.ROOT)), "unreadable",
                        line, column, located.group(4));
            }
        }
        return Diagnostic.error("unreadable", 1, 1, why);
    }

    /**
     * Whether an earlier opening read this file, unchanged since, as one cable: only such cables have their
     * summaries kept (a dataset's documents and a file with news for the corpus never do).
     */
    private static boolean readAsOneCableBefore(CableSummaries summaries, CorpusFile file) {
        return summaries != null && file.hasAttributes()
                && summaries.find(file.path().toString(), file.size(), file.modified(), file.identity()) != null;
    }
}
