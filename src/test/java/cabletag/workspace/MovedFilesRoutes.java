package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What moved files get back from the store by each route: the commands' (every file in path order), the
 * window's (opened and read whole) and the window's asked cable by cable from the last one, as a window whose
 * analyst opens the last cable first does. Files are named by their path under {@code data}, lines without
 * the name they start with, so that every naming of the same files gives the same.
 */
final class MovedFilesRoutes {

    /** What one route gives for a file: its spans, status, problems and notes. */
    record Seen(List<Span> spans, ReviewStatus status, List<String> problems, List<String> notes) { }

    private final Path temp;
    private final Path data;
    private final StoreLocation store;
    private int copies;

    MovedFilesRoutes(Path temp, Path data, StoreLocation store) {
        this.temp = temp;
        this.data = data;
        this.store = store;
    }

    /** The commands' route: each listed file read and corrected as {@code cabletag export} does. */
    Map<String, Seen> byTheCommands(List<Path> inputs) throws IOException {
        CorrectedDocuments corrections = CorrectedDocuments.open(store).under(inputs);
        CorpusReader reader = CorpusReader.standard();
        Map<String, Seen> seen = new TreeMap<>();
        for (CorpusFile file : reader.list(inputs).files()) {
            ReadOutcome outcome = reader.read(file);
            for (Document document : outcome.documents()) {
                CorrectedDocument corrected = corrections.correct(file.path(), document);
                seen.put(underData(file.path()), new Seen(corrected.document().spans(), corrected.status(),
                        withoutShownName(corrected.problems()), withoutShownName(corrected.notes())));
            }
        }
        return seen;
    }

    /** The window's route, on a copy of the store (it writes what it found under the new places). */
    Map<String, Seen> byTheWindow(List<Path> inputs) throws IOException {
        Map<String, Seen> seen = new TreeMap<>();
        try (Workspace workspace = Workspace.open(inputs, copyOfStore(), null)) {
            List<String> problems = workspace.problems();
            List<String> notes = workspace.notes();
            for (CableEntry cable : workspace.cables()) {
                String shown = shownOf(workspace, cable.index());
                seen.put(underData(Path.of(shown)), new Seen(workspace.document(cable.index()).spans(),
                        workspace.status(cable.index()), withoutShownName(linesOf(problems, shown)),
                        withoutShownName(linesOf(notes, shown))));
            }
        }
        return seen;
    }

    /**
     * The window's route with each cable read only when asked for, the last one first: the first cable of a text
     * to ask is another one than on the other routes.
     */
    Map<String, Seen> byTheWindowFromTheLast(List<Path> inputs) throws IOException {
        Map<String, Seen> seen = new TreeMap<>();
        CorpusReader reader = CorpusReader.standard();
        try (Workspace workspace = Workspace.list(new ReaderCorpus(reader, inputs), CorrectedDocuments.open(copyOfStore()), inputs)) {
            for (int cable = workspace.size() - 1; cable >= 0; cable--) {
                Document document = workspace.document(cable);
                String shown = shownOf(workspace, cable);
                List<String> lines = workspace.problems(cable);
                seen.put(underData(Path.of(shown)), new Seen(document.spans(), workspace.status(cable),
                        withoutShownName(lines.stream().filter(line -> line.contains(": error: ")).toList()),
                        withoutShownName(lines.stream().filter(line -> line.contains(": note: ")).toList())));
            }
        }
        return seen;
    }

    /** The same answer from every route, for every naming of the moved files given. */
    Map<String, Seen> sameEverywhere(List<List<Path>> namings) throws IOException {
        Map<String, Seen> first = null;
        for (List<Path> inputs : namings) {
            Map<String, Seen> commands = byTheCommands(inputs);
            assertThat(byTheWindow(inputs)).as("the window on %s", inputs).isEqualTo(commands);
            assertThat(byTheWindowFromTheLast(inputs)).as("the window on %s, the last cable asked first", inputs)
                    .isEqualTo(commands);
            if (first == null) {
                first = commands;
            } else {
                // a naming of some of the files: those give what they gave named with the rest
                Map<String, Seen> same = new TreeMap<>(first);
                same.keySet().retainAll(commands.keySet());
                assertThat(commands).as("named as %s", inputs).isEqualTo(same);
            }
        }
        return first;
    }

    /** Each store file's name and bytes. */
    Map<String, String> storeFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> listed = Files.list(store.root().resolve("store/cables"))) {
            for (Path file : listed.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static String shownOf(Workspace workspace, int cable) {
        String key = workspace.shownKey(cable);
        return key.substring(0, key.lastIndexOf('#')); // the file as named: the inputs are absolute
    }

    private static List<String> linesOf(List<String> lines, String shown) {
        return lines.stream().filter(line -> line.startsWith(shown + ": ")).toList();
    }

    /** Lines without the name they start with, which depends on how the file was named. */
    private static List<String> withoutShownName(List<String> lines) {
        return lines.stream().map(line -> line.substring(line.indexOf(": ") + 2)).toList();
    }

    private String underData(Path file) throws IOException {
        return data.toRealPath().relativize(file.toRealPath()).toString();
    }

    private StoreLocation copyOfStore() throws IOException {
        Path target = temp.resolve("home-copy-" + copies++);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walked = Files.walk(store.root())) {
            walked.forEach(files::add);
        }
        for (Path file : files) {
            Path to = target.resolve(store.root().relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(to);
            } else if (!file.getFileName().toString().endsWith(".lock")) {
                Files.copy(file, to);
            }
        }
        return new StoreLocation(target);
    }
}
