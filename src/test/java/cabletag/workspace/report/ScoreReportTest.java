package cabletag.workspace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.score.EntityScore;
import cabletag.core.score.ErrorKind;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportProgress;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report card on cables corrected through the workspace, as the window corrects them: figures
 * computed by hand, and the same figures from conlleval's rules applied to the CoNLL exports (IOB2) of
 * the cables as read and as corrected.
 */
class ScoreReportTest {

    static final double EPSILON = 1e-12;

    static final String CABLE = """
            [PER Mowafaq al-Rubaie  ] met [ORG GOI  ] officials in [LOC Baghdad  ] and [LOC Tehran  ] .
            [MISC Iranian  ] diplomats visited the [ORG US Embassy  ] on Monday .
            [ORG S  ] said [PER Talabani  ] agreed .
            """;

    @TempDir
    Path dir;

    private Workspace open(Path corpus) throws IOException {
        return Workspace.open(List.of(corpus), new StoreLocation(dir.resolve("home")), null);
    }

    private static Span find(Document document, String text) {
        return document.spans().stream().filter(span -> document.textOf(span).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + text));
    }

    /** One of each error, made with the window's edits; returns the workspace, cable 0 reviewed. */
    private Workspace corrected() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), CABLE);
        Workspace workspace = open(corpus);
        Document read = workspace.document(0);
        workspace.relabel(0, find(read, "Tehran"), Label.ORG);                             // label
        workspace.delete(0, find(workspace.document(0), "S"));                             // spurious
        int monday = workspace.document(0).text().indexOf("Monday");
        workspace.add(0, monday, monday + "Monday".length(), Label.MISC);                  // missed
        workspace.shrinkStart(0, find(workspace.document(0), "US Embassy"));               // boundary
        Span grown = workspace.growEnd(0, find(workspace.document(0), "GOI")).span();
        workspace.relabel(0, grown, Label.MISC);                                           // boundary+label
        workspace.setStatus(0, ReviewStatus.REVIEWED);
        return workspace;
    }

    @Test
    void oneOfEachErrorByHand() throws IOException {
        try (Workspace workspace = corrected()) {
            assertEquals("GOI officials", workspace.document(0).textOf(find(workspace.document(0), "GOI officials")));
            ScoreReport card = new ScoreReport(ReportScope.REVIEWED);
            card.add(workspace.original(0), workspace.document(0), workspace.status(0));
            Report report = card.build();

            // as read: Mowafaq al-Rubaie, GOI, Baghdad, Tehran, Iranian, US Embassy, S, Talabani (8)
            // corrected: Mowafaq al-Rubaie, GOI officials, Baghdad, Tehran, Iranian, Embassy, Monday, Talabani (8)
            // kept exactly: Mowafaq al-Rubaie, Baghdad, Iranian, Talabani (4): P = R = F1 = 4/8
            assertEquals(new EntityScore(4, 8, 8), report.overall());
            assertEquals(0.5, report.overall().f1(), EPSILON);
            ReportTable scores = report.section("scores").table("scores");
            assertEquals(0.5, (Double) scores.cell("overall", "precision"), EPSILON);
            assertEquals(1.0, (Double) scores.cell("PER", "F1"), EPSILON); // both kept
            // LOC: Baghdad kept, Tehran became ORG: P 1/2, R 1/1
            assertEquals(0.5, (Double) scores.cell("LOC", "precision"), EPSILON);
            assertEquals(1.0, (Double) scores.cell("LOC", "recall"), EPSILON);
            // ORG as read: GOI, US Embassy, S (3); corrected: Tehran, Embassy (2); none kept
            assertEquals(3L, scores.cell("ORG", "as read"));
            assertEquals(2L, scores.cell("ORG", "corrected"));
            assertEquals(0L, scores.cell("ORG", "correct"));
            // MISC: Iranian kept; GOI officials and Monday added: P 1/1, R 1/3, F1 2*(1/3)/(4/3) = 1/2
            assertEquals(1.0 / 3, (Double) scores.cell("MISC", "recall"), EPSILON);
            assertEquals(0.5, (Double) scores.cell("MISC", "F1"), EPSILON);

            ReportTable errors = report.section("errors").table("errors");
            for (ErrorKind kind : ErrorKind.values()) {
                assertEquals(1L, errors.cell("all", kind.title()), kind.title());
            }
            assertEquals(1L, errors.cell("ORG", "boundary+label")); // GOI ORG → GOI officials MISC
            assertEquals(1L, errors.cell("ORG", "spurious"));       // S
            assertEquals(1L, errors.cell("ORG", "boundary"));       // US Embassy → Embassy
            assertEquals(1L, errors.cell("LOC", "label"));          // Tehran
            assertEquals(1L, errors.cell("MISC", "missed"));        // Monday
            ReportTable confusion = report.section("errors").table("confusion");
            assertEquals(1L, confusion.cell("LOC", "ORG"));
            assertEquals(1L, confusion.cell("LOC", "LOC"));
            assertEquals(1L, confusion.cell("ORG", "MISC"));
            assertEquals(1L, confusion.cell("ORG", "spurious"));
            assertEquals(1L, confusion.cell("missed", "MISC"));

            List<Object> corrections = report.section("corrections").table("corrections").rows().stream().map(row -> row.get(0)).toList();
            assertThat(corrections).containsExactlyInAnyOrder("`S` ORG → deleted", "`Tehran` LOC → ORG", "`Monday` untagged → MISC",
                    "`US Embassy` ORG → `Embassy` ORG", "`GOI` ORG → `GOI officials` MISC");
            assertThat(report.scopeLine()).isEqualTo("Scope: reviewed cables only (1 of 1 cable scored)");

            assertSameAsConlleval(List.of(workspace.original(0)), List.of(workspace.document(0)), report.overall());
        }
    }

    @Test
    void theSeedsCorrectedHereAndThereScoreAsConllevalScoresTheirExports() throws IOException {
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        try (Workspace workspace = open(seeds)) {
            List<Document> originals = new ArrayList<>();
            List<Document> corrected = new ArrayList<>();
            for (int cable = 0; cable < workspace.size(); cable++) {
                List<Span> spans = List.copyOf(workspace.document(cable).spans());
                for (int k = 0; k < spans.size(); k++) {
                    Span span = spans.get(k);
                    try {
                        if (k % 7 == 1) {
                            workspace.delete(cable, span);
                        } else if (k % 5 == 2) {
                            workspace.relabel(cable, span, span.label().equals(Label.LOC) ? Label.ORG : Label.LOC);
                        } else if (k % 11 == 3) {
                            workspace.growEnd(cable, span);
                        } else if (k % 13 == 4) {
                            workspace.shrinkStart(cable, span);
                        }
                    } catch (EditRejectedException e) {
                        // an edit the neighbours do not allow (a grow into the next entity): left as it was
                    }
                }
                workspace.setStatus(cable, ReviewStatus.REVIEWED);
                originals.add(workspace.original(cable));
                corrected.add(workspace.document(cable));
            }
            ScoreReport card = new ScoreReport(ReportScope.REVIEWED);
            for (int cable = 0; cable < workspace.size(); cable++) {
                card.add(originals.get(cable), corrected.get(cable), workspace.status(cable));
            }
            Report report = card.build();
            assertThat(report.overall().correct()).isPositive().isLessThan(report.overall().predicted());
            assertThat(card.tally().errorsByKind().get(ErrorKind.BOUNDARY)).isPositive();
            assertThat(card.tally().errorsByKind().get(ErrorKind.LABEL)).isPositive();
            assertThat(card.tally().errorsByKind().get(ErrorKind.SPURIOUS)).isPositive();
            assertSameAsConlleval(originals, corrected, report.overall());
        }
    }

    @Test
    void nothingReviewedScoresNothingAndSaysSo() throws IOException {
        try (Workspace workspace = corrected()) {
            workspace.setStatus(0, ReviewStatus.IN_PROGRESS);
            ScoreReport card = new ScoreReport(ReportScope.REVIEWED);
            card.add(workspace.original(0), workspace.document(0), workspace.status(0));
            Report report = card.build();
            assertEquals(EntityScore.ZERO, report.overall());
            assertEquals(0.0, report.overall().f1());
            assertThat(report.scopeLine()).isEqualTo("Scope: reviewed cables only (0 of 1 cable scored);"
                    + " no cable is marked reviewed yet, so there is nothing to score");
            assertEquals(0.0, (Double) report.section("scores").table("scores").cell("overall", "recall"));
            assertEquals(1L, report.section("progress").table("progress").cell("in progress", "cables"));
            // every output states the scope and shows no NaN or infinity
            for (String output : List.of(TextReport.render(report), JsonReport.render(report), HtmlReport.render(report))) {
                assertThat(output).contains("reviewed cables only (0 of 1 cable scored)").doesNotContain("NaN").doesNotContain("Infinity");
            }

            ScoreReport all = new ScoreReport(ReportScope.ALL);
            all.add(workspace.original(0), workspace.document(0), workspace.status(0));
            assertEquals(new EntityScore(4, 8, 8), all.build().overall());
            assertThat(all.build().scopeLine()).isEqualTo("Scope: all cables (1 of 1 cable scored)");
        }
    }

    /** Exports both sides as CoNLL (IOB2) with the project's exporter and counts chunks by conlleval's rules. */
    private void assertSameAsConlleval(List<Document> originals, List<Document> corrected, EntityScore overall) throws IOException {
        for (Document document : corrected) {
            for (Span a : document.spans()) {
                for (Span b : document.spans()) {
                    // a flat format keeps the outermost of nested entities only; these cases have none
                    assertThat(a.equals(b) || !a.intersects(b)).as("nested entities in %s", document.id()).isTrue();
                }
            }
        }
        Path guessed = conll(originals, "read.conll");
        Path gold = conll(corrected, "corrected.conll");
        Conlleval counts = Conlleval.count(Files.readAllLines(gold), Files.readAllLines(guessed));
        assertEquals(counts.correctChunks, overall.correct(), "correct");
        assertEquals(counts.foundGuessed, overall.predicted(), "found guessed");
        assertEquals(counts.foundCorrect, overall.gold(), "found correct");
        assertEquals(counts.precision(), overall.precision(), EPSILON);
        assertEquals(counts.recall(), overall.recall(), EPSILON);
        assertEquals(counts.f1(), overall.f1(), EPSILON);
    }

    private Path conll(List<Document> documents, String name) throws IOException {
        Path target = dir.resolve(name);
        new Exporter(ExportOptions.of(ExportFormat.CONLL)).export(ExportSource.of(documents), ExportTarget.path(target),
                ExportProgress.NONE, () -> false);
        return target;
    }
}
