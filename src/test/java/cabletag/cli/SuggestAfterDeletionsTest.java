package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.CodePoints;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import cabletag.workspace.suggest.SuggestionSession;
import cabletag.workspace.suggest.SuggestionSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code cabletag suggest} reads the analyst's deletions as the window does: neither a place where one of the file's
 * tags was deleted nor one where an entity of the analyst's own was deleted is suggested.
 */
class SuggestAfterDeletionsTest extends WithTemporaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_000 = "000_cb2ef8ccb40cf302.txt";
    private static final String SEED_004 = "004_139b5bbd77eb63a8.txt";
    private Path corpus;

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("cabletag.seeds", "seeds")))) {
            for (Path seed : (Iterable<Path>) files::iterator) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
    }

    /** The places "file start-end" (code points) that {@code suggest --json} lists. */
    private List<String> suggestedPlaces() throws IOException {
        CliTest.Result result = CliTest.run("suggest", "--json", "--source", "gazetteer", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        List<String> places = new ArrayList<>();
        for (JsonNode suggestion : JSON.readTree(result.out()).get("suggestions")) {
            String file = suggestion.get("file").asText();
            places.add(file.substring(file.lastIndexOf('/') + 1) + " " + suggestion.get("start").asInt() + "-" + suggestion.get("end").asInt());
        }
        return places;
    }

    /** As {@code suggest} names the place: in code points over the cable's clean text. */
    private static String place(String file, String text, Span span) {
        CodePoints points = CodePoints.of(text);
        return file + " " + points.toCodePoint(span.start()) + "-" + points.toCodePoint(span.end());
    }

    @Test
    void placesWhereTheAnalystDeletedAnEntityAreNotSuggested() throws IOException {
        String added;
        String tagged;
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
            session.gather(fraction -> { }, () -> false);
            int seed000 = workspace.indexOf(SEED_000).orElseThrow();
            Span own = session.suggestions(seed000).stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow().span();
            workspace.add(seed000, own.start(), own.end(), Label.PER);
            workspace.delete(seed000, own);
            added = place(SEED_000, workspace.document(seed000).text(), own);
            int seed004 = workspace.indexOf(SEED_004).orElseThrow();
            Span machine = workspace.document(seed004).spans().stream()
                    .filter(span -> workspace.document(seed004).textOf(span).equals("Rubaie")).findFirst().orElseThrow();
            assertThat(session.suggestions(seed004)).as("where it is tagged").noneMatch(s -> s.start() == machine.start());
            workspace.delete(seed004, machine);
            tagged = place(SEED_004, workspace.document(seed004).text(), machine);
            workspace.save();
            session.close();
        }
        List<String> suggested = suggestedPlaces();
        assertThat(suggested).as("the analyst's own entity, deleted").doesNotContain(added);
        assertThat(suggested).as("the file's tag, deleted").doesNotContain(tagged);
        assertThat(suggested).as("Rubaie elsewhere").anyMatch(at -> at.startsWith(SEED_000));
    }
}
