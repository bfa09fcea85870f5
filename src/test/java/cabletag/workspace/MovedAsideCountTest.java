package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreadable store file moved aside before a cable's next write is said once: in the notes, not on
 * its cable's row, so that the rows' counts and the problems of no cable add up to the problems listed.
 * Before, the note was counted twice (the window's status bar said 3 reading problems over a list of 2).
 * It is a note (a copy kept), not a problem: no row counts it.
 */
class MovedAsideCountTest {

    @TempDir
    Path temp;

    @Test
    void theMovedAsideNoteCountsOnceInTheStatusBarsSum() throws IOException {
        TwoCableCorpus two = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Path stored;
        try (Workspace first = two.open()) {
            first.add(1, 4, 8, Label.MISC); // "said"
            stored = first.storedFileOf(first.cableKey(1));
        }
        Files.writeString(stored, "{ \"version\" : 3, \"status\" :"); // cut short

        try (Workspace workspace = two.open()) {
            workspace.document(1);
            workspace.setStatus(1, ReviewStatus.REVIEWED); // the next write moves the damaged file aside first
            workspace.save();

            assertThat(workspace.notes()).as("a copy kept: news, not counted")
                    .anySatisfy(line -> assertThat(line).contains("was moved aside to"));
            int counted = workspace.problemCountOfNoCable();
            for (CableEntry entry : workspace.cables()) {
                counted += Math.max(0, entry.problemCount());
            }
            assertThat(counted).as("the rows and the problems of no cable, as the status bar adds them")
                    .isEqualTo(workspace.problems().size());
        }
    }

    /**
     * Before the move, the cable's problem says its store file cannot be read and "is moved aside … when this
     * cable is next saved"; after it, that line was out of date and still counted, where the commands, which
     * no longer find the file, count nothing. The note that says where the file went takes its place.
     */
    @Test
    void theProblemOfTheUnreadableFileGivesWayToTheNoteOnceItIsMovedAside() throws IOException {
        TwoCableCorpus two = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Path stored;
        try (Workspace first = two.open()) {
            first.add(1, 4, 8, Label.MISC);
            stored = first.storedFileOf(first.cableKey(1));
        }
        Files.writeString(stored, "{ \"version\" : 3, \"status\" :");

        try (Workspace workspace = two.open()) {
            workspace.document(1);
            assertThat(workspace.problems()).as("before the move").anySatisfy(line -> assertThat(line)
                    .contains(stored + " cannot be read").contains("when this cable is next saved"));
            workspace.setStatus(1, ReviewStatus.REVIEWED);
            workspace.save();

            assertThat(workspace.problems()).as("after the move").noneSatisfy(line -> assertThat(line).contains("cannot be read"));
            assertThat(workspace.cables().get(1).problemCount()).isZero();
            assertThat(workspace.notes()).anySatisfy(line -> assertThat(line).contains("was moved aside to"));
        }
    }
}
