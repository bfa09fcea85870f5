package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deletion by the analyst says "no entity here" whatever the entity's origin: one the analyst added (or accepted)
 * and deleted again is not suggested back at that place, in this session or the next, while an undone acceptance
 * lets the suggestion come back. Seed 000 has no tags; the gazetteer knows Rubaie as PER from seed 004.
 */
class DeletionSaysNoTest extends OverCopiedSeeds {


    private static Suggestion firstRubaie(SuggestionSession session, int cable) {
        return session.suggestions(cable).stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow();
    }

    private static boolean suggestedAt(SuggestionSession session, int cable, Span place) {
        return session.suggestions(cable).stream().anyMatch(s -> s.start() == place.start() && s.end() == place.end());
    }

    @Test
    void anEntityTheAnalystAddedAndDeletedIsNotSuggestedThereAgainNorInTheNextSession() throws IOException {
        Span place;
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            place = firstRubaie(session, cable).span();
            workspace.add(cable, place.start(), place.end(), Label.PER); // selected and a label key: not the suggestion
            workspace.delete(cable, place);
            // found from outside: the same words came straight back as a suggestion there, to be said no to again
            assertThat(suggestedAt(session, cable, place)).isFalse();
            assertThat(session.suggestions(cable)).as("Rubaie elsewhere in the cable is still suggested")
                    .anyMatch(s -> s.text().equals("Rubaie"));

            workspace.undo(); // the deletion: the entity is back, and nothing is suggested over it
            assertThat(workspace.document(cable).spans()).containsExactly(place);
            assertThat(suggestedAt(session, cable, place)).isFalse();
            workspace.redo();
            assertThat(workspace.document(cable).spans()).isEmpty();
            assertThat(suggestedAt(session, cable, place)).isFalse();
        }
        try (Workspace reopened = open()) {
            SuggestionSession session = gathered(reopened);
            assertThat(reopened.document(seed000(reopened)).spans()).isEmpty(); // the corrections keep no trace of it
            assertThat(suggestedAt(session, seed000(reopened), place)).as("the no outlives the session").isFalse();
        }
    }

    @Test
    void theNoHoldsForASuggestionOfAnyLabel() throws IOException {
        Span place;
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            place = firstRubaie(session, cable).span(); // suggested PER
            workspace.add(cable, place.start(), place.end(), Label.ORG);
            workspace.delete(cable, new Span(place.start(), place.end(), Label.ORG));
            assertThat(suggestedAt(session, cable, place)).isFalse();
        }
        try (Workspace reopened = open()) {
            assertThat(suggestedAt(gathered(reopened), seed000(reopened), place)).as("as the rejections file keeps it").isFalse();
        }
    }

    @Test
    void undoingAnAcceptedSuggestionLetsItComeBackButDeletingItSaysNo() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            Suggestion rubaie = firstRubaie(session, cable);
            session.accept(cable, rubaie);
            workspace.undo(); // an undo is not a no
            assertThat(session.suggestions(cable)).contains(rubaie);

            session.accept(cable, rubaie);
            workspace.deleteSpans(cable, List.of(rubaie.span())); // the table's rows and Delete: a no
            assertThat(suggestedAt(session, cable, rubaie.span())).isFalse();
            workspace.undo();
            workspace.undo(); // back before the acceptance: the suggestion is there again
            assertThat(workspace.document(cable).spans()).isEmpty();
            assertThat(session.suggestions(cable)).contains(rubaie);
        }
    }

    @Test
    void undoingASecondDeletionKeepsTheNoOfTheFirst() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            Span place = firstRubaie(session, cable).span();
            workspace.add(cable, place.start(), place.end(), Label.PER);
            workspace.delete(cable, place);
            workspace.add(cable, place.start(), place.end(), Label.PER);
            workspace.delete(cable, place);
            workspace.undo(); // the second deletion
            workspace.undo(); // the second addition: as after the first deletion, which said no
            assertThat(workspace.document(cable).spans()).isEmpty();
            assertThat(suggestedAt(session, cable, place)).isFalse();
        }
    }

    @Test
    void aPlaceThatCannotBeKeptIsSaidInTheDeletionsOwnLine() throws IOException {
        try (Workspace workspace = open()) {
            SuggestionSession session = gathered(workspace);
            int cable = seed000(workspace);
            Span place = firstRubaie(session, cable).span();
            // the rejections file cannot be replaced: a folder of that name, with a file in it
            java.nio.file.Path file = workspace.rejections().file();
            java.nio.file.Files.createDirectories(file.resolve("held"));
            workspace.add(cable, place.start(), place.end(), Label.PER);
            workspace.delete(cable, place);
            // found from outside: the deletion said "Ctrl+Z undoes" and "All saved", and nothing of the place not kept
            assertThat(workspace.lastEditNote()).startsWith("Not kept for the next session: " + file + " cannot be written (");
            assertThat(suggestedAt(session, cable, place)).as("the no holds in this session").isFalse();
            assertThat(session.problems()).anyMatch(line -> line.startsWith(file + ": the places where entities were deleted could not be saved"));
        }
    }
}
