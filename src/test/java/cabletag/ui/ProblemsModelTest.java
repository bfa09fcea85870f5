package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Problems pane lists follows the cables' problems as they are now, without a window: every cable's
 * (the shown one's first, with places), so that the status bar's count and the rows' counts are those of the
 * lines listed; a cable read again from a changed file has its lines replaced even at the same count; and a
 * change of one cable replaces its lines only, not the whole list. Before, the pane reloaded only when the
 * total count changed and listed the shown cable's reading problems only.
 */
class ProblemsModelTest {

    /** An unclosed tag on the third line. */
    private static final String BROKEN_AT_THE_END = "[LOC Erbil  ] is far from Najaf .\n\n[PER Jalili met nobody .\n";
    /** As many problems and entities, another problem: an unclosed tag on the first line. */
    private static final String BROKEN_AT_THE_START = "[LOC Erbil  ] is far from [ORG Najaf .\n";
    private static final String FINE = "[LOC Erbil  ] is far from Najaf .\n";

    @TempDir
    Path temp;

    private final CorrectorModel model = new CorrectorModel();
    private Path corpus;

    @AfterEach
    void close() {
        TestCorpus.close(model);
    }

    private Workspace open(String... contents) throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < contents.length; i++) {
            Files.writeString(corpus.resolve(String.format("%03d.txt", i)), contents[i]);
        }
        return reopen();
    }

    /** As File ▸ Open of the same folder: the window lets go of its cables first. */
    private Workspace reopen() throws IOException {
        if (model.workspace() != null) {
            model.workspace().close();
        }
        Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
        model.open(workspace);
        return workspace;
    }

    private List<String> listed() {
        return model.problems().items().stream().map(ProblemsModel.Item::text).toList();
    }

    /** The status bar's count, the rows' counts with the problems of no cable, and the lines listed agree. */
    private void assertCountsAgree() {
        int rows = model.workspace().problemCountOfNoCable();
        for (CableEntry entry : model.cables()) {
            rows += Math.max(0, entry.problemCount());
        }
        assertThat(model.problemCountProperty().get()).as("the status bar's count").isEqualTo(listed().size());
        assertThat(rows).as("the rows' counts and the problems of no cable").isEqualTo(listed().size());
    }

    @Test
    void everyCablesProblemsAreListedTheShownCablesFirstWithTheirPlaces() throws IOException {
        open(FINE, BROKEN_AT_THE_END, FINE, BROKEN_AT_THE_START);
        model.show(0);
        assertThat(listed()).satisfiesExactly(
                b -> assertThat(b).startsWith(corpus + "/" + "001.txt:3:1: warning: tag [PER …] is never closed"),
                d -> assertThat(d).startsWith(corpus + "/" + "003.txt:1:27: warning: tag [ORG …] is never closed"));
        assertThat(model.problems().items()).extracting(ProblemsModel.Item::offset).containsOnly(-1);
        assertCountsAgree();

        model.show(3);

        assertThat(listed()).satisfiesExactly(
                d -> assertThat(d).startsWith(corpus + "/" + "003.txt:1:27:"),
                b -> assertThat(b).startsWith(corpus + "/" + "001.txt:3:1:"));
        assertThat(model.problems().items().get(0).offset()).as("the shown cable's problem has its place")
                .isEqualTo(model.document().text().indexOf("[ORG"));
        assertThat(model.problems().items().get(1).offset()).isEqualTo(-1);
        assertCountsAgree();
    }

    @Test
    void reopenedAfterOneFileWasFixedAndAnotherBrokenItListsTheNewProblemNotTheOld() throws IOException {
        open(FINE, BROKEN_AT_THE_END, FINE);
        model.show(0);
        assertThat(listed()).singleElement().asString().startsWith(corpus + "/" + "001.txt:3:1:");
        Files.writeString(corpus.resolve("001.txt"), FINE);
        Files.writeString(corpus.resolve("002.txt"), BROKEN_AT_THE_START); // as many problems as before

        reopen();

        assertThat(listed()).singleElement().asString().startsWith(corpus + "/" + "002.txt:1:27:");
        assertCountsAgree();
    }

    @Test
    void aCableReadAgainAwayFromTheScreenHasItsLinesReplacedAtTheSameCount() throws IOException {
        Workspace workspace = open(FINE, BROKEN_AT_THE_END, FINE, FINE);
        workspace.boundParsedCables(1, Long.MAX_VALUE);
        model.show(1);
        model.show(3); // 001.txt is no neighbour of 003.txt: over the bound of 1, it is let go
        assertThat(listed()).singleElement().asString().startsWith(corpus + "/" + "001.txt:3:1:");
        Files.writeString(corpus.resolve("001.txt"), BROKEN_AT_THE_START);

        workspace.document(1); // a pass over the corpus reads it again, away from the screen

        assertThat(listed()).singleElement().asString().startsWith(corpus + "/" + "001.txt:1:27:");
        assertCountsAgree();
    }

    @Test
    void shownAgainAfterItsFileWasFixedItsProblemIsGone() throws IOException {
        Workspace workspace = open(FINE, BROKEN_AT_THE_END, FINE, FINE);
        workspace.boundParsedCables(1, Long.MAX_VALUE);
        model.show(1);
        model.show(3);
        Files.writeString(corpus.resolve("001.txt"), FINE);

        model.show(1);

        assertThat(listed()).isEmpty();
        assertCountsAgree();
    }

    @Test
    void aChangeOfOneCableReplacesItsLinesOnlyNotTheWholeList() throws IOException {
        String[] contents = new String[200];
        java.util.Arrays.fill(contents, BROKEN_AT_THE_END);
        Workspace workspace = open(contents);
        workspace.boundParsedCables(1, Long.MAX_VALUE);
        model.show(100);
        model.show(199); // 100 is let go
        assertThat(listed()).hasSize(200);
        List<String> changes = new ArrayList<>();
        model.problems().items().addListener((ListChangeListener<ProblemsModel.Item>) change -> {
            while (change.next()) {
                changes.add("at " + change.getFrom() + " -" + change.getRemovedSize() + " +" + change.getAddedSize());
            }
        });
        Files.writeString(corpus.resolve("100.txt"), BROKEN_AT_THE_START);

        workspace.document(100);

        // the shown cable's line first, then 000 to 099: 100's line is the 102nd
        assertThat(listed().get(101)).startsWith(corpus + "/" + "100.txt:1:27:");
        assertThat(String.join(", ", changes)).isEqualTo("at 101 -1 +1");
        assertThat(listed()).hasSize(200);
        assertCountsAgree();
    }

    @Test
    void aStepTheStoreTookBackIsListedAsANoteNotCountedAsAProblem() throws IOException {
        open(FINE, FINE);
        model.workspace().close();
        // a process killed while it wrote a step over many cables: its new files there, its journal not
        Path cables = Files.createDirectories(temp.resolve("home").resolve("store").resolve("cables"));
        cabletag.formats.io.FileSet killed = cabletag.formats.io.FileSet.begin(cables, "a step over 2 cables",
                cabletag.formats.io.FileSet.NO_CHECKPOINT);
        killed.write("c0_txt.0000000000000000.000000000000.json", "{ cut".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        killed.abandon();
        Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
        model.open(workspace);
        model.show(0);

        assertThat(model.problems().items()).singleElement().satisfies(line -> {
            assertThat(line.text()).startsWith("store: took back a step over 2 cables");
            assertThat(line.isNote()).as("found from outside: \"Problems (1)\" for a step the commands do not count").isTrue();
        });
        assertThat(model.problemCountProperty().get()).isZero();
        assertThat(model.problems().noteCountProperty().get()).isEqualTo(1);
        assertThat(workspace.problemCountOfNoCable()).isZero();
    }
}
