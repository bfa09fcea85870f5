package cabletag.ui;

import static cabletag.ui.ExportCorpus.SEED_PLAIN;
import static cabletag.ui.ExportCorpus.SEED_TAGGED;
import static cabletag.ui.ExportCorpus.cli;
import static cabletag.ui.ExportCorpus.runExport;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.export.ExportFormat;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.TemporaryStoreHome;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The promise: the window's export and {@code cabletag export} give the same result for the
 * same inputs, both with the analyst's stored corrections. The corrections are made through the
 * workspace's edit API and saved into a temporary store that both sides find through
 * {@code cabletag.home}, as a real session and a later command line run would.
 */
@ExtendWith(ApplicationExtension.class)
class WindowCliParityTest {

    @TempDir
    static Path temp;
    static Path corpus;
    static TemporaryStoreHome home;

    private CorrectorModel model;
    private Stage stage;

    @BeforeAll
    static void correctSeed004AndSave() throws IOException {
        home = TemporaryStoreHome.at(temp.resolve("home"));
        corpus = ExportCorpus.seeds(temp.resolve("corpus"));
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            int cable = workspace.indexOf(SEED_TAGGED).orElseThrow();
            List<Span> erbils = spans(workspace.document(cable), "Erbil", "PER");
            assertThat(erbils).isNotEmpty();
            for (Span erbil : erbils) {
                workspace.relabel(cable, erbil, Label.LOC);
            }
            // The first classification marker "S", tagged ORG by the tagger, is not an entity at all.
            workspace.delete(cable, spans(workspace.document(cable), "S", "ORG").get(0));
            workspace.setStatus(cable, ReviewStatus.REVIEWED);
            workspace.save();
        }
    }

    @AfterAll
    static void restoreHome() {
        if (home != null) {
            home.close();
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        model = new CorrectorModel();
        model.open(Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null));
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeWorkspace() {
        model.workspace().close(); // releases the store's lock for the next test's window
    }

    private static List<Span> spans(Document document, String text, String label) {
        return document.spans().stream()
                .filter(span -> document.textOf(span).equals(text) && span.label().name().equals(label))
                .toList();
    }

    private Path exportFromTheDialog(FxRobot robot, ExportDialog.Scope scope, String fileName) throws Exception {
        Path out = temp.resolve(fileName);
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(stage, model);
            dialog[0].show();
            dialog[0].format().setValue(ExportFormat.JSONL);
            dialog[0].scope().setValue(scope);
            dialog[0].target().setText(out.toString());
        });
        runExport(robot, dialog[0]);
        assertThat(out).as(dialog[0].summary().getText()).exists();
        robot.interact(() -> dialog[0].stage().close());
        return out;
    }

    /** Each exported cable's entities, by source name: text → labels. */
    private static Map<String, List<String>> entities(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode node = json.readTree(line);
            String text = node.get("text").asText();
            List<String> entities = new ArrayList<>();
            for (JsonNode span : node.get("spans")) {
                int start = text.offsetByCodePoints(0, span.get("start").asInt());
                int end = text.offsetByCodePoints(0, span.get("end").asInt());
                entities.add(text.substring(start, end) + "/" + span.get("label").asText());
            }
            bySource.put(node.get("meta").get("source").asText(), entities);
        }
        return bySource;
    }

    @Test
    void theWindowAndTheCommandLineWriteTheSameBytesWithTheStoredCorrections(FxRobot robot) throws Exception {
        Path viaWindow = exportFromTheDialog(robot, ExportDialog.Scope.ALL, "window.jsonl");
        Path viaCli = temp.resolve("cli.jsonl");
        cli("export", "-q", "--format", "jsonl", "--output", viaCli.toString(), corpus.toString());

        assertThat(Files.readAllBytes(viaWindow)).isEqualTo(Files.readAllBytes(viaCli));
        for (Path file : List.of(viaWindow, viaCli)) {
            Map<String, List<String>> cables = entities(file);
            assertThat(cables).containsOnlyKeys(SEED_PLAIN, SEED_TAGGED);
            assertThat(cables.get(SEED_TAGGED)).as(file.toString()).contains("Erbil/LOC").doesNotContain("Erbil/PER");
        }

        // The window's "Reviewed cables" is the command's --reviewed-only.
        Path reviewedViaWindow = exportFromTheDialog(robot, ExportDialog.Scope.REVIEWED, "window-reviewed.jsonl");
        Path reviewedViaCli = temp.resolve("cli-reviewed.jsonl");
        cli("export", "-q", "--reviewed-only", "--format", "jsonl", "--output", reviewedViaCli.toString(), corpus.toString());
        assertThat(Files.readAllBytes(reviewedViaWindow)).isEqualTo(Files.readAllBytes(reviewedViaCli));
    }

    @Test
    void theCommandLineReadsTheRealStoreForReviewedOnlyAndIgnoresItWithNoCorrections() throws Exception {
        Path reviewed = temp.resolve("reviewed.jsonl");
        cli("export", "-q", "--reviewed-only", "--format", "jsonl", "--output", reviewed.toString(), corpus.toString());
        Map<String, List<String>> onlyReviewed = entities(reviewed);
        assertThat(onlyReviewed).containsOnlyKeys(SEED_TAGGED);
        assertThat(onlyReviewed.get(SEED_TAGGED)).contains("Erbil/LOC").doesNotContain("Erbil/PER");

        Path corrected = temp.resolve("corrected.jsonl");
        cli("export", "-q", "--format", "jsonl", "--output", corrected.toString(), corpus.toString());
        Path asTheyAre = temp.resolve("as-they-are.jsonl");
        cli("export", "-q", "--no-corrections", "--format", "jsonl", "--output", asTheyAre.toString(), corpus.toString());
        Map<String, List<String>> original = entities(asTheyAre);
        assertThat(original).containsOnlyKeys(SEED_PLAIN, SEED_TAGGED);
        assertThat(original.get(SEED_TAGGED)).contains("Erbil/PER").doesNotContain("Erbil/LOC");
        // The deletion is undone too: one entity more than with the corrections, and it is the marker S.
        List<String> withCorrections = entities(corrected).get(SEED_TAGGED);
        assertThat(original.get(SEED_TAGGED)).hasSize(withCorrections.size() + 1);
        assertThat(original.get(SEED_TAGGED).stream().filter("S/ORG"::equals).count())
                .isEqualTo(withCorrections.stream().filter("S/ORG"::equals).count() + 1);
        // The files themselves are never touched by the corrections.
        assertThat(Files.readAllBytes(corpus.resolve(SEED_TAGGED)))
                .isEqualTo(Files.readAllBytes(Path.of(System.getProperty("cabletag.seeds", "seeds"), SEED_TAGGED)));
    }
}
