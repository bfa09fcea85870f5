package cabletag.workspace;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.SpanSet;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import cabletag.formats.inline.CableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under the inputs, read by the format readers. Cable files (the inline format: .txt,
 * .html, .htm or no extension) hold one document each, so they are listed by name and read later;
 * dataset files, which may hold many documents, are read while listing.
 */
final class ReaderCorpus implements CorpusSource {

    private static final Set<String> ONE_DOCUMENT_EXTENSIONS = Set.of("", "txt", "html", "htm");

    private final CorpusReader reader;
    private final List<Path> inputs;

    ReaderCorpus(CorpusReader reader, List<Path> inputs) {
        this.reader = reader;
        this.inputs = List.copyOf(inputs);
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
        List<String> listingProblems = reader.stream(inputs, files -> {
            List<Entry> entries = new ArrayList<>(files.size());
            for (CorpusFile file : files) {
                if (ONE_DOCUMENT_EXTENSIONS.contains(extension(file.name()))) {
                    entries.add(new Entry(file.name(), file.path(), file, null));
                    continue;
                }
                ReadOutcome outcome = reader.read(file);
                readProblems.addAll(outcome.problems());
                for (Document document : outcome.documents()) {
                    entries.add(new Entry(document.source().name(), file.path(), file, document));
                }
            }
            if (!entries.isEmpty()) {
                batches.accept(entries);
            }
        });
        problems.addAll(listingProblems); // as before: the listing's problems, then what reading its datasets found
        problems.addAll(readProblems);
    }

    @Override
    public Document read(Entry entry) {
        CorpusFile file = (CorpusFile) entry.handle();
        ReadOutcome outcome = reader.read(file);
        if (outcome.documents().size() == 1) {
            return outcome.documents().get(0);
        }
        String why = outcome.problems().isEmpty()
                ? file.name() + " holds " + outcome.documents().size() + " documents where one cable was expected; open it on its own"
                : String.join("; ", outcome.problems());
        return unreadable(file.name(), why);
    }

    /** A stand-in for a file that could not be read, so the corpus list keeps its place and says why. */
    static Document unreadable(String name, String why) {
        return new Document(CableReader.idOf(name), DocumentSource.ofCleanText(name, SourceFormat.INLINE, ""), "",
                SpanSet.empty(), Map.of(), List.of(problem(name, why)));
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

    private static String extension(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
