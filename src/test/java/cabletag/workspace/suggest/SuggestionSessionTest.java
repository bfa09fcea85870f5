package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.workspace.Rejections;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Accepting and rejecting in a workspace over the seeds: undoable, and a rejection outlives the session. */
class SuggestionSessionTest extends OverCopiedSeeds {


    private static List<Suggestion> withText(List<Suggestion> suggestions, String text) {
        return suggestions.stream().filter(s -> s.text().equals(text)).toList();
    }

    @Test
    void theSeedsSuggestRubaieIranAndBaghdadInSeed000() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            List<Suggestion> found = session.suggestions(seed000(workspace));
            assertThat(withText(found, "Rubaie")).isNotEmpty().allSatisfy(s -> assertThat(s.label()).isEqualTo(Label.PER));
            assertThat(withText(found, "Iran")).isNotEmpty().allSatisfy(s -> assertThat(s.label()).isEqualTo(Label.LOC));
            assertThat(withText(found, "Baghdad")).isNotEmpty().allSatisfy(s -> assertThat(s.label()).isEqualTo(Label.LOC));
            assertThat(found).allSatisfy(s -> assertThat(s.evidence()).isEqualTo(Evidence.MACHINE));
        }
    }

    @Test
    void acceptingAddsAnEntityAndUndoTakesItBack() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            Suggestion rubaie = withText(session.suggestions(cable), "Rubaie").get(0);
            session.accept(cable, rubaie);
            assertThat(workspace.document(cable).spans()).containsExactly(rubaie.span());
            assertThat(session.suggestions(cable)).doesNotContain(rubaie);
            assertThat(workspace.undoDescription()).isEqualTo("Accept suggestion “Rubaie” as PER");
            workspace.undo();
            assertThat(workspace.document(cable).spans()).isEmpty();
            assertThat(session.suggestions(cable)).contains(rubaie);
        }
    }

    @Test
    void acceptingAllOfATextAcrossTheCorpusIsOneStep() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            List<Suggestion> iran = withText(session.suggestions(cable), "Iran");
            session.acceptText(iran.get(0));
            assertThat(workspace.document(cable).spans()).containsAll(iran.stream().map(Suggestion::span).toList());
            workspace.undo();
            assertThat(workspace.document(cable).spans()).isEmpty();
        }
    }

    @Test
    void aRejectedSuggestionStaysRejectedInANewWorkspaceAndUndoBringsItBack() throws IOException {
        Suggestion rejected;
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            rejected = withText(session.suggestions(cable), "Rubaie").get(0);
            session.reject(cable, rejected);
            assertThat(session.suggestions(cable)).doesNotContain(rejected);
            assertThat(workspace.document(cable).spans()).isEmpty(); // a rejection adds nothing to the cable
            workspace.undo();
            assertThat(session.suggestions(cable)).contains(rejected);
            workspace.redo();
            assertThat(session.suggestions(cable)).doesNotContain(rejected);
        }
        try (Workspace reopened = open()) {
            SuggestionSession session = gathered(reopened);
            List<Suggestion> now = session.suggestions(seed000(reopened));
            assertThat(now).doesNotContain(rejected);
            assertThat(withText(now, "Rubaie")).isNotEmpty(); // only that place was rejected
        }
    }

    @Test
    void aPlaceWhereTheAnalystDeletedTheTaggersEntityIsNotSuggestedAgainUntilTheDeletionIsUndone() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = workspace.indexOf("004_139b5bbd77eb63a8.txt").orElseThrow();
            cabletag.core.Span rubaie = workspace.document(cable).spans().stream()
                    .filter(span -> workspace.document(cable).textOf(span).equals("Rubaie")).findFirst().orElseThrow();
            workspace.delete(cable, rubaie);
            // found from outside: the deleted entity came straight back as a suggestion of the same label, there
            assertThat(session.suggestions(cable)).noneMatch(s -> s.span().start() == rubaie.start() && s.span().end() == rubaie.end());
            assertThat(withText(session.suggestions(seed000(workspace)), "Rubaie")).as("elsewhere Rubaie is still suggested").isNotEmpty();
            workspace.undo();
            assertThat(workspace.document(cable).spans()).contains(rubaie);
        }
    }

    @Test
    void aTextRejectedEverywhereStaysRejectedEverywhere() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            Suggestion iran = withText(session.suggestions(cable), "Iran").get(0);
            assertThat(withText(session.suggestions(cable), "IRAN")).as("the capitals of the subject line")
                    .anyMatch(s -> s.label().equals(iran.label()));
            session.rejectText(cable, iran);
            assertThat(withText(session.suggestions(cable), "Iran")).isEmpty();
            // found from outside: in any case, as the gazetteer matches capitals; a rejection tags nothing
            assertThat(withText(session.suggestions(cable), "IRAN")).noneMatch(s -> s.label().equals(iran.label()));
        }
        try (Workspace reopened = open()) {
            SuggestionSession session = gathered(reopened);
            assertThat(withText(session.suggestions(seed000(reopened)), "Iran")).isEmpty();
            assertThat(withText(session.suggestions(seed000(reopened)), "Rubaie")).isNotEmpty();
        }
    }

    @Test
    void aDamagedRejectionsFileIsNamedAndMovedAsideNotWrittenOver() throws IOException {
        Path file = StoreLocation.defaultLocation().root().resolve("suggestions/rejected.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"places\": [ {\"key\": 3");
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            assertThat(session.problems()).singleElement().asString().contains(file.toString(), "cannot be read");
            int cable = seed000(workspace);
            session.reject(cable, session.suggestions(cable).get(0));
            try (Stream<Path> files = Files.list(file.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("rejected.json.damaged-"));
            }
            assertThat(Rejections.open(StoreLocation.defaultLocation().root()).places()).hasSize(1);
        }
    }

    /**
     * A rejections file of garbage was named with the JSON parser's own message, a line break and its
     * internals in it ("Unrecognized token 'garbage': was expecting (JSON String, …) at [Source: REDACTED …");
     * now it says where the JSON breaks, as an unreadable position or store file does.
     */
    @Test
    void aRejectionsFileThatIsNotJsonSaysWhereItBreaksNotWhatTheParserSaid() throws IOException {
        Path file = StoreLocation.defaultLocation().root().resolve("suggestions/rejected.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "garbage");
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            assertThat(session.problems()).singleElement().asString()
                    .startsWith(file + ": the rejected suggestions cannot be read: not JSON (line 1, column 8); none are applied")
                    .doesNotContain("\n", "\\n", "Unrecognized", "Source");
        }
    }

    @Test
    void acceptedSuggestionsJoinTheGazetteerAsTheAnalystsOwn() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            Suggestion rubaie = withText(session.suggestions(cable), "Rubaie").get(0);
            session.accept(cable, rubaie);
            SuggestionSession again = gathered(workspace);
            assertThat(withText(again.suggestions(cable), "Rubaie")).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.evidence()).isEqualTo(Evidence.CONFIRMED));
        }
    }
}
