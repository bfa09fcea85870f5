package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import cabletag.workspace.suggest.SuggestionSession;
import cabletag.workspace.suggest.SuggestionSettings;
import cabletag.workspace.suggest.SuggestionSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code cabletag suggest} keeps out the suggestions the analyst rejected in a cable after its folder moved or a line
 * was added above, as the window does: found from outside, it listed them again while the corrections followed. The
 * command runs before the window opens the cables again (which stores them under their new place) and after, and
 * lists what the window suggests.
 */
class SuggestFollowsRejectionsTest extends WithTemporaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "000_cb2ef8ccb40cf302.txt";
    private Path corpus;

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(dir.resolve("w/seeds"));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("cabletag.seeds", "seeds")))) {
            for (Path seed : (Iterable<Path>) files::iterator) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
    }

    /** In the window's route: accepts Rubaie (a stored correction) and rejects the suggestions at these places. */
    private void correctAndReject(Object... startsAndTexts) throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
            session.gather(fraction -> { }, () -> false);
            int cable = workspace.indexOf(SEED).orElseThrow();
            // every Rubaie of the corpus, as the analyst tags a name everywhere: corrections a line added above moves alike
            session.acceptText(session.suggestions(cable).stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow());
            for (int i = 0; i < startsAndTexts.length; i += 2) {
                int start = (Integer) startsAndTexts[i];
                String text = (String) startsAndTexts[i + 1];
                session.reject(cable, session.suggestions(cable).stream().filter(s -> s.start() == start && s.text().equals(text))
                        .findFirst().orElseThrow());
            }
            workspace.save();
        }
    }

    /** "start text LABEL" of the gazetteer's suggestions in the seed, as {@code suggest --json} lists them. */
    private static List<String> listed(Path input) throws IOException {
        CliTest.Result result = CliTest.run("suggest", "--json", "--source", "gazetteer", input.toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<String> found = new ArrayList<>();
        for (JsonNode suggestion : JSON.readTree(result.out()).get("suggestions")) {
            if (suggestion.get("file").asText().endsWith(SEED)) {
                found.add(suggestion.get("start").asInt() + " " + suggestion.get("text").asText() + " " + suggestion.get("label").asText());
            }
        }
        return found;
    }

    /** The same, as the window suggests them (the seed is ASCII: code points are UTF-16 offsets). */
    private static List<String> inTheWindow(Path input) throws IOException {
        try (Workspace workspace = Workspace.open(List.of(input), StoreLocation.defaultLocation(), null)) {
            SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
            session.gather(fraction -> { }, () -> false);
            int cable = workspace.indexOf(SEED).isPresent() ? workspace.indexOf(SEED).getAsInt()
                    : workspace.indexOf("sub/seeds/" + SEED).orElseThrow(); // under w2, as the window names it
            return session.suggestions(cable, EnumSet.of(SuggestionSource.GAZETTEER)).stream()
                    .map(s -> s.start() + " " + s.text() + " " + s.label()).toList();
        }
    }

    /** In the window's route: rejects the suggestion at this place, and makes no correction. */
    private void rejectOnly(int start, String text) throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
            session.gather(fraction -> { }, () -> false);
            int cable = workspace.indexOf(SEED).orElseThrow();
            session.reject(cable, session.suggestions(cable).stream().filter(s -> s.start() == start && s.text().equals(text))
                    .findFirst().orElseThrow());
        }
    }

    /**
     * Moves the corpus under {@code w2/sub/}: the command lists the rejected IRGC at 2485 no more, before the window
     * opens the cables again and after, and lists what the window suggests; the rejections file names the new place.
     */
    private void movedFolderKeepsTheRejection(String why) throws IOException {
        Path moved = dir.resolve("w2/sub/seeds");
        Files.createDirectories(moved.getParent());
        Files.move(corpus, moved);

        List<String> beforeTheWindow = listed(dir.resolve("w2"));
        assertThat(beforeTheWindow).doesNotContain("2485 IRGC ORG").contains("2390 IRGC ORG");
        List<String> window = inTheWindow(dir.resolve("w2"));
        assertThat(window).isEqualTo(beforeTheWindow);
        assertThat(listed(dir.resolve("w2"))).isEqualTo(window);
        assertThat(Files.readString(StoreLocation.defaultLocation().root().resolve("suggestions/rejected.json")))
                .as(why).contains(moved.toRealPath().toString()).doesNotContain("/w/seeds/");
    }

    @Test
    void aRejectionStaysOutOfTheListAfterItsFolderMoved() throws IOException {
        correctAndReject(2485, "IRGC");
        movedFolderKeepsTheRejection("kept under the new place, as the corrections are");
    }

    /**
     * Found from outside: a cable with rejected suggestions and no corrections listed them again once its folder was
     * moved, the command as the window; both now find the cable it was by its text, as for a cable with corrections.
     */
    @Test
    void aRejectionInACableWithNoCorrectionsStaysOutOfTheListAfterItsFolderMoved() throws IOException {
        rejectOnly(2485, "IRGC");
        movedFolderKeepsTheRejection("kept under the new place by the window");
    }

    @Test
    void rejectionsStayOutOfTheListAfterALineIsAddedAbove() throws IOException {
        correctAndReject(0, "US", 430, "U.S.");
        String above = "A line added above the cable.\n";
        Path file = corpus.resolve(SEED);
        Files.writeString(file, above + Files.readString(file, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
        int shift = above.length();

        CliTest.Result check = CliTest.run("check", "--notes", corpus.toString());
        assertThat(check.err() + check.out()).contains("were found again and re-applied");
        List<String> beforeTheWindow = listed(corpus);
        assertThat(beforeTheWindow).doesNotContain(shift + " US LOC", (430 + shift) + " U.S. LOC").contains((1031 + shift) + " U.S. LOC");
        List<String> window = inTheWindow(corpus);
        assertThat(window).isEqualTo(beforeTheWindow);
        assertThat(listed(corpus)).isEqualTo(window);
    }

    /**
     * Found from outside: a renamed cable with rejected suggestions and no corrections, beside a copy, made export and
     * check exit 1, though nothing they write or count depends on rejections: named in a note on each copy, exit 0.
     */
    @Test
    void twoCopiesOfARejectedCableAreANoteNotAProblem() throws IOException {
        rejectOnly(2485, "IRGC");
        Files.copy(corpus.resolve(SEED), corpus.resolve("copy-a.txt"));
        Files.move(corpus.resolve(SEED), corpus.resolve("copy-b.txt"));
        CliTest.Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());
        assertThat(export.code()).as(export.err()).isZero();
        CliTest.Result check = CliTest.run("check", "--notes", corpus.toString());
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains(corpus.resolve("copy-a.txt") + ": note: the suggestions rejected when a cable with this text was at")
                .contains(corpus.resolve("copy-b.txt") + ": note: the suggestions rejected when a cable with this text was at");
    }
}
