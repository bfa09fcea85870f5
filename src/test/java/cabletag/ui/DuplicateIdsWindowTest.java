package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.CableEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A jsonl file whose two documents give one id, as a tester found it: the window listed two rows
 * {@code dup.jsonl#d1}, the relabel of the second document was stored under the first's key, the export named
 * false problems on the first, and reopened and saved, the window wrote the first's key without the relabel.
 * Each row has its own id now, the Problems pane names the duplicate, and the relabel stays the second's.
 */
@ExtendWith(ApplicationExtension.class)
class DuplicateIdsWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;
    private Path corpus;

    @Start
    void start(Stage stage) throws Exception {
        corpus = Files.createDirectories(temp.resolve("c6-" + System.nanoTime()));
        Files.writeString(corpus.resolve("dup.jsonl"),
                "{\"id\":\"d1\",\"text\":\"Ali went to Basra today\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"d1\",\"text\":\"Omar flew from Mosul\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"PER\"}]}\n");
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    private List<String> problems() {
        return onFx(() -> w.window.problemsPane().items().stream().map(ProblemsModel.Item::text).toList());
    }

    /** What {@code cabletag export -f jsonl} writes for the folder now: each document's id and entities. */
    private List<String> exported() throws Exception {
        Path out = temp.resolve("out-" + System.nanoTime() + ".jsonl");
        ExportCorpus.CliRun export = ExportCorpus.run("export", "-f", "jsonl", "-o", out.toString(), corpus.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).doesNotContain("re-appl").doesNotContain("error");
        List<String> documents = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode document = new ObjectMapper().readTree(line);
            documents.add(document.get("id").asText() + " " + document.get("spans"));
        }
        return documents;
    }

    @Test
    void eachDocumentHasItsOwnRowAndKeepsItsOwnCorrectionThroughReopeningAndSaving(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        String warning = corpus.resolve("dup.jsonl") + ":2:1: warning: id d1 is the id of line 1 too; this document is d1-2 here [duplicate-id]";
        assertThat(onFx(() -> w.window.model().cables().stream().map(CableEntry::name).toList()))
                .containsExactly("dup.jsonl#d1", "dup.jsonl#d1-2");
        assertThat(problems()).containsExactly(warning);

        robot.interact(() -> {
            w.window.model().show(1);
            w.window.model().select(Span.of(0, 4, "PER"));
            w.window.model().applyLabel(Label.LOC, 0, 0);
        });
        chord(robot, CONTROL, KeyCode.S);
        assertThat(w.label(robot, "#status-save")).isEqualTo("All saved");
        List<String> expected = List.of("d1 [{\"start\":0,\"end\":3,\"label\":\"PER\"}]", "d1-2 [{\"start\":0,\"end\":4,\"label\":\"LOC\"}]");
        assertThat(exported()).isEqualTo(expected);

        // File ▸ Open, the same folder: nothing to put back on the first document, the relabel on the second
        var before = w.doc();
        robot.interact(() -> w.window.open(List.of(corpus)));
        FxAwait.until("the reopened cable", w.window.model().documentProperty(), doc -> doc != before && doc != null);
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        assertThat(problems()).containsExactly(warning);
        assertThat(onFx(() -> w.window.corpusPane().table().getItems().stream().map(CableEntry::problemCount).toList()))
                .as("the first row's count, the second's warning").containsExactly(0, 1);
        assertThat(onFx(() -> w.window.model().workspace().document(1).spans())).containsExactly(Span.of(0, 4, "LOC"));

        chord(robot, CONTROL, KeyCode.S);
        assertThat(w.label(robot, "#status-save")).isEqualTo("All saved");
        assertThat(exported()).isEqualTo(expected);
    }
}
