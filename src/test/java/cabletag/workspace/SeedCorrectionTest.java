package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections the brief names, on the real seeds read by the real reader. */
class SeedCorrectionTest {

    static final String SEED_004 = "004_139b5bbd77eb63a8.txt";

    @TempDir
    Path temp;

    static Path copySeeds(Path target) throws IOException {
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        Files.createDirectories(target);
        try (var files = Files.list(seeds)) {
            for (Path seed : files.toList()) {
                Files.copy(seed, target.resolve(seed.getFileName()));
            }
        }
        return target;
    }

    private static Span find(Document document, String text, String label) {
        return document.spans().stream()
                .filter(span -> document.textOf(span).equals(text) && span.label().name().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " “" + text + "” in " + document.id()));
    }

    @Test
    void theSummaryEntityBecomesPerMowafaqAlRubaieInSixKeystrokes() throws IOException {
        Path seeds = copySeeds(temp.resolve("seeds"));
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        byte[] before = Files.readAllBytes(seeds.resolve(SEED_004));
        Span fixed;
        try (Workspace workspace = Workspace.open(List.of(seeds), store, null)) {
            int cable = workspace.indexOf(SEED_004).orElseThrow();
            Span span = find(workspace.document(cable), "Summary: National Security Advisor Mowafaq", "ORG");

            for (int i = 0; i < 4; i++) {
                span = workspace.shrinkStart(cable, span).span();
            }
            span = workspace.growEnd(cable, span).span();
            fixed = workspace.relabel(cable, span, Label.PER).span();

            assertThat(workspace.document(cable).textOf(fixed)).isEqualTo("Mowafaq al-Rubaie");
            assertThat(fixed.label()).isEqualTo(Label.PER);
            assertThat(workspace.undoDescription()).isEqualTo("Relabel “Mowafaq al-Rubaie” as PER");
        }
        try (Workspace reopened = Workspace.open(List.of(seeds), store, null)) {
            int cable = reopened.indexOf(SEED_004).orElseThrow();
            assertThat(reopened.document(cable).spans()).contains(fixed);
            assertThat(reopened.status(cable)).isEqualTo(ReviewStatus.IN_PROGRESS);
            assertThat(reopened.problems()).isEmpty();
        }
        assertThat(Files.readAllBytes(seeds.resolve(SEED_004))).isEqualTo(before);
    }

    @Test
    void erbilIsRelabelledAsAPlaceAndTheClassificationMarkersGoInOneStepEach() throws IOException {
        Path seeds = copySeeds(temp.resolve("seeds"));
        try (Workspace workspace = Workspace.open(List.of(seeds), new StoreLocation(temp.resolve("home")), null)) {
            int cable = workspace.indexOf(SEED_004).orElseThrow();
            Document document = workspace.document(cable);
            Span marker = find(document, "S", "ORG");
            long markers = document.spans().stream().filter(s -> document.textOf(s).equals("S")).count();

            Selection erbil = workspace.relabel(cable, find(document, "Erbil", "PER"), Label.LOC);
            workspace.applyToAll(cable, marker, Label.MISC, OccurrenceScope.CABLE);
            workspace.undo();
            workspace.delete(cable, marker);

            assertThat(workspace.document(cable).textOf(erbil.span())).isEqualTo("Erbil");
            assertThat(workspace.document(cable).spans()).contains(Span.of(erbil.span().start(), erbil.span().end(), "LOC"));
            assertThat(workspace.document(cable).spans().stream().filter(s -> document.textOf(s).equals("S")).count())
                    .isEqualTo(markers - 1);
        }
    }
}
