package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crash at every step of a commit, simulated in this JVM: the commit stops at its k-th checkpoint
 * (an Error, so no clean-up runs), the set lets go of its staging folder as a dead process would, and
 * recovery runs. The outputs must then be all old (crash before the journal) or all new (after), byte
 * for byte, with no staging folder or journal left.
 */
class OutputSetCrashTest {

    @TempDir
    Path temp;

    /** Stands for the process dying at a checkpoint. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String point) {
            super("crashed at " + point);
        }
    }

    private static OutputSet.Checkpoint crashAt(int k) {
        int[] reached = {0};
        return point -> {
            if (reached[0]++ == k) {
                throw new SimulatedCrash(point);
            }
        };
    }

    /** The checkpoints of one complete commit, in order, recorded on a dry run. */
    private List<String> checkpoints(boolean folderSet, boolean oldPresent) throws IOException {
        Path folder = temp.resolve("dry-run");
        if (oldPresent) {
            writeOld(folder, folderSet);
        }
        List<String> points = new ArrayList<>();
        try (OutputSet set = OutputSet.begin(folder, points::add)) {
            stageNew(set, folderSet);
            set.commit(entries(folderSet), () -> { });
        }
        FolderTree.delete(folder);
        return points;
    }

    private static List<String> entries(boolean folderSet) {
        return folderSet ? List.of("brat") : OutputSets.SPLIT;
    }

    private static void writeOld(Path folder, boolean folderSet) throws IOException {
        if (folderSet) {
            OutputSets.write(folder.resolve("brat"), OutputSets.folder("old"));
        } else {
            OutputSets.write(folder, OutputSets.split("old"));
        }
    }

    private static void stageNew(OutputSet set, boolean folderSet) throws IOException {
        OutputSets.stage(set, folderSet ? OutputSets.folder("new") : OutputSets.split("new, longer"),
                folderSet ? "brat" : null);
    }

    private static Map<String, String> contents(Path folder, boolean folderSet) throws IOException {
        return folderSet ? OutputSets.read(folder.resolve("brat"), null) : OutputSets.read(folder, OutputSets.SPLIT);
    }

    @ParameterizedTest(name = "folder set: {0}")
    @ValueSource(booleans = {false, true})
    void aCrashAtAnyStepLeavesAllOldOrAfterRecoveryAllNew(boolean folderSet) throws IOException {
        List<String> points = checkpoints(folderSet, true);
        // staged, journal written, (set aside brat,) moved <each entry>, journal deleted
        assertThat(points).startsWith("staged", "journal written").endsWith("journal deleted")
                .hasSize(folderSet ? 5 : 6);
        int decided = points.indexOf("journal written");
        Map<String, String> oldSet = folderSet ? OutputSets.folder("old") : OutputSets.split("old");
        Map<String, String> newSet = folderSet ? OutputSets.folder("new") : OutputSets.split("new, longer");

        for (int k = 0; k < points.size(); k++) {
            Path folder = temp.resolve("crash-" + k);
            writeOld(folder, folderSet);
            OutputSet set = OutputSet.begin(folder, crashAt(k));
            stageNew(set, folderSet);
            assertThatThrownBy(() -> set.commit(entries(folderSet), () -> { })).isInstanceOf(SimulatedCrash.class)
                    .hasMessage("crashed at " + points.get(k));
            set.abandon();

            List<String> notes = OutputSet.recover(folder);

            assertThat(contents(folder, folderSet)).as("crash at " + points.get(k))
                    .isEqualTo(k < decided ? oldSet : newSet);
            assertThat(OutputSets.leftovers(folder)).as("crash at " + points.get(k)).isEmpty();
            assertThat(notes).as("recovery says what it did").isNotEmpty();
        }
    }

    @Test
    void aCrashDuringTheFirstExportLeavesNothingOrAfterRecoveryTheWholeSet() throws IOException {
        List<String> points = checkpoints(false, false);
        int decided = points.indexOf("journal written");
        for (int k = 0; k < points.size(); k++) {
            Path folder = temp.resolve("first-" + k);
            OutputSet set = OutputSet.begin(folder, crashAt(k));
            stageNew(set, false);
            assertThatThrownBy(() -> set.commit(OutputSets.SPLIT, () -> { })).isInstanceOf(SimulatedCrash.class);
            set.abandon();

            OutputSet.recover(folder);

            assertThat(OutputSets.read(folder, OutputSets.SPLIT)).as("crash at " + points.get(k))
                    .isEqualTo(k < decided ? Map.of() : OutputSets.split("new, longer"));
            assertThat(OutputSets.leftovers(folder)).isEmpty();
        }
    }

    @Test
    void theNextSetBegunInTheFolderCompletesAnInterruptedCommitBeforeAnythingElse() throws IOException {
        Path folder = temp.resolve("out");
        OutputSets.writeExported(folder, OutputSets.split("old"));
        OutputSet crashed = OutputSet.begin(folder, crashAt(3)); // after "moved out.train.jsonl"
        stageNew(crashed, false);
        assertThatThrownBy(() -> crashed.commit(OutputSets.SPLIT, () -> { })).isInstanceOf(SimulatedCrash.class);
        crashed.abandon();
        // mid-commit the folder is mixed: one new file, two old ones
        assertThat(Files.readString(folder.resolve("out.train.jsonl"))).contains("new, longer");
        assertThat(Files.readString(folder.resolve("out.test.jsonl"))).contains("old");

        try (OutputSet next = OutputSet.begin(folder)) {
            assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("new, longer"));
            assertThat(next.notes()).singleElement().asString().contains("completed an interrupted export");
        }
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    /**
     * After the journal the old outputs are still in view until the next export completes the commit: what
     * the user does to them meanwhile (a line appended, a file saved anew) is kept, by the commit's own rule,
     * before they are replaced; an output the crash had replaced already is the user's new file, and stays.
     */
    @ParameterizedTest(name = "crash after {0} checkpoints")
    @ValueSource(ints = {1, 2, 3, 4})
    void whatTheUserWritesAfterACrashIsKeptWhenTheNextSetCompletesTheCommit(int k) throws IOException {
        List<String> points = checkpoints(false, true);
        assertThat(points.get(1)).isEqualTo("journal written");
        Path folder = temp.resolve("edited-" + k);
        OutputSets.writeExported(folder, OutputSets.split("old"));
        OutputSet set = OutputSet.begin(folder, crashAt(k));
        stageNew(set, false);
        assertThatThrownBy(() -> set.commit(OutputSets.SPLIT, () -> { })).isInstanceOf(SimulatedCrash.class);
        set.abandon();
        Map<String, String> before = OutputSets.read(folder, OutputSets.SPLIT);
        for (String name : OutputSets.SPLIT) {
            Files.writeString(folder.resolve(name), "USER LINE\n", java.nio.file.StandardOpenOption.APPEND);
        }
        Files.writeString(folder.resolve("out.dev.jsonl.~5~"), "an older copy\n"); // numbered after it, as GNU does

        List<String> notes;
        try (OutputSet next = OutputSet.begin(folder)) {
            notes = next.notes();
        }

        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).as("crash at " + points.get(k))
                .allSatisfy((name, text) -> assertThat(text).contains("new, longer"));
        int kept = 0;
        for (String name : OutputSets.SPLIT) {
            String now = Files.readString(folder.resolve(name));
            if (before.get(name).contains("new, longer")) {
                assertThat(now).as(name + ", replaced before the crash, is the user's to change").endsWith("USER LINE\n");
                continue;
            }
            Path copy = folder.resolve(name.equals("out.dev.jsonl") ? name + ".~6~" : name + ".~1~");
            assertThat(copy).as(name + " as the user left it").hasContent(before.get(name) + "USER LINE");
            assertThat(notes).contains(folder.resolve(name) + " was changed since cabletag wrote it; the old file is kept as "
                    + copy.getFileName());
            kept++;
        }
        assertThat(notes.get(0)).startsWith("completed an interrupted export in " + folder);
        if (kept > 0) {
            assertThat(notes.get(0)).endsWith("is kept first, as the next " + (kept == 1 ? "note says" : kept + " notes say"));
        }
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    @Test
    void aFileTheCommitKeptBeforeItsJournalIsNotKeptAgainWhenItIsCompleted() throws IOException {
        Path folder = temp.resolve("kept-once");
        OutputSets.write(folder, OutputSets.split("old")); // not cabletag's: the commit keeps each as NAME.~1~
        OutputSet set = OutputSet.begin(folder, crashAt(1)); // "journal written"
        stageNew(set, false);
        assertThatThrownBy(() -> set.commit(OutputSets.SPLIT, () -> {
            for (String name : OutputSets.SPLIT) {
                ExportMark.keepUnlessUnchanged(folder.resolve(name));
            }
        })).isInstanceOf(SimulatedCrash.class);
        set.abandon();

        assertThat(OutputSet.recover(folder)).singleElement().asString().startsWith("completed an interrupted export");

        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("new, longer"));
        for (String name : OutputSets.SPLIT) {
            assertThat(folder.resolve(name + ".~1~")).hasContent(OutputSets.split("old").get(name).stripTrailing());
            assertThat(folder.resolve(name + ".~2~")).doesNotExist();
        }
    }

    /**
     * An export killed after its journal had kept the user's edited output as {@code NAME.~1~}, and died before it
     * said so. The user then saved the file again the way editors do (a new file renamed over it, so without the
     * mark), or in place (into the same file as the copy). Completing the commit names the copy the crashed
     * export made, and keeps the user's new file as the newest copy, saying what it is: saved anew since the
     * interruption, not "not written by cabletag".
     */
    @ParameterizedTest(name = "saved by rename: {0}")
    @ValueSource(booleans = {true, false})
    void theCopiesOfAnExportKilledAfterItsJournalAreNamedAndTheUsersLatestSaveIsTheNewestCopy(boolean byRename) throws IOException {
        Path folder = temp.resolve("saved-" + byRename);
        OutputSets.writeExported(folder, OutputSets.split("old"));
        Path dev = folder.resolve("out.dev.jsonl");
        Files.writeString(dev, "EDIT 1\n", java.nio.file.StandardOpenOption.APPEND);
        String editedOnce = Files.readString(dev);
        OutputSet set = OutputSet.begin(folder, crashAt(1)); // "journal written"
        stageNew(set, false);
        assertThatThrownBy(() -> set.commit(OutputSets.SPLIT, () -> {
            List<String> kept = new ArrayList<>();
            for (String name : OutputSets.SPLIT) {
                ExportMark.keepUnlessUnchanged(folder.resolve(name)).ifPresent(kept::add);
            }
            set.keptBeforeJournal(kept); // as the exporter's check does
        })).isInstanceOf(SimulatedCrash.class);
        set.abandon();
        String keptNote = dev + " was changed since cabletag wrote it; the old file is kept as out.dev.jsonl.~1~";
        if (byRename) {
            Path temporary = folder.resolve("out.dev.jsonl.tmp");
            Files.writeString(temporary, editedOnce + "EDIT 2\n");
            Files.move(temporary, dev, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.writeString(dev, "EDIT 2\n", java.nio.file.StandardOpenOption.APPEND);
        }

        List<String> notes = OutputSet.recover(folder);

        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("new, longer"));
        if (byRename) {
            assertThat(folder.resolve("out.dev.jsonl.~1~")).hasContent(editedOnce.stripTrailing());
            assertThat(folder.resolve("out.dev.jsonl.~2~")).as("the user's latest save").hasContent(editedOnce + "EDIT 2");
            assertThat(notes).containsExactly(
                    "completed an interrupted export in " + folder + ": out.train.jsonl, out.dev.jsonl, out.test.jsonl now hold"
                            + " its new output; what it had kept first, and what was written there since it was interrupted, is"
                            + " kept, as the next 2 notes say",
                    keptNote + " (before the export was interrupted)",
                    dev + " was saved there as a new file since the export was interrupted (an editor saving by rename, or a"
                            + " copy over it); the old file is kept as out.dev.jsonl.~2~");
        } else {
            assertThat(folder.resolve("out.dev.jsonl.~1~")).as("the same file as the user's").hasContent(editedOnce + "EDIT 2");
            assertThat(folder.resolve("out.dev.jsonl.~2~")).doesNotExist();
            assertThat(notes).containsExactly(
                    "completed an interrupted export in " + folder + ": out.train.jsonl, out.dev.jsonl, out.test.jsonl now hold"
                            + " its new output; what it had kept first was not said before it was interrupted, as the next note says",
                    keptNote + " (before the export was interrupted)");
        }
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    @Test
    void aFailedCheckMovesNothing() throws IOException {
        Path folder = temp.resolve("out");
        OutputSets.write(folder, OutputSets.split("old"));
        try (OutputSet set = OutputSet.begin(folder)) {
            stageNew(set, false);
            assertThatThrownBy(() -> set.commit(OutputSets.SPLIT, () -> {
                throw new IOException("refused");
            })).hasMessage("refused");
        }
        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("old"));
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    @Test
    void deadStagingAndJournalTempFilesAreRemovedByNameButALiveStagingIsKept() throws IOException {
        Path folder = temp.resolve("out");
        OutputSet dead = OutputSet.begin(folder);
        stageNew(dead, false);
        dead.abandon(); // killed while writing: no journal
        Path deadStaging = dead.staged("x").getParent().getParent();
        Path journalTemp = Files.writeString(folder.resolve("." + OutputSet.JOURNAL + ".k1ll3d.tmp"), "half a journal");
        Path unrelated = Files.writeString(folder.resolve(".cabletag-staging.txt.notes"), "a user's file");

        try (OutputSet live = OutputSet.begin(folder)) {
            stageNew(live, false);
            Path liveStaging = live.staged("x").getParent().getParent();
            assertThat(deadStaging).doesNotExist();
            assertThat(journalTemp).doesNotExist();
            assertThat(live.notes()).singleElement().asString().contains("removed " + deadStaging);

            // another run's recovery while this set is still writing leaves it alone
            assertThat(OutputSet.recover(folder)).isEmpty();
            assertThat(liveStaging).isDirectory();
            assertThat(live.staged("out.dev.jsonl")).exists();
        }
        assertThat(unrelated).exists(); // not a name of ours: ".cabletag-staging-" is, but only folders are removed
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    @Test
    void aJournalThatIsNotOneIsReportedWithItsFileAndNothingMoves() throws IOException {
        Path folder = temp.resolve("out");
        OutputSets.write(folder, OutputSets.split("old"));
        Files.writeString(folder.resolve(OutputSet.JOURNAL), "something else\n");
        assertThatThrownBy(() -> OutputSet.recover(folder))
                .hasMessageContaining(folder.resolve(OutputSet.JOURNAL) + ":1: not an export journal");
        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("old"));
    }
}
