package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 with two of its "Rubaie" entities relabelled ORG, and a line added above them all by the archive: every
 * correction on a name the cable repeats, none on a unique word. {@code check} said "re-applied 0 of 4" and exited 1,
 * and {@code export} left both relabels out; they move with the line as the file's own tags did.
 */
class RepeatedNamesAfterALineAddedTest extends WithTemporaryStore {

    private static final String SEED = "004_139b5bbd77eb63a8.txt";
    private static final String HEADER = "<p>Header added by the archive.</p>\n";
    private static final int SHIFT = "Header added by the archive.\n".length();

    private Path corpus;

    @BeforeEach
    void relabelTwoOfTheRubaies() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of(System.getProperty("cabletag.seeds", "seeds"), SEED), corpus.resolve(SEED));
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            for (int start : new int[] {596, 693}) {
                Span rubaie = Span.of(start, start + 6, "PER");
                assertThat(workspace.document(0).textOf(rubaie)).isEqualTo("Rubaie");
                workspace.relabel(0, rubaie, Label.ORG);
            }
        }
        Path cable = corpus.resolve(SEED);
        Files.writeString(cable, HEADER + Files.readString(cable));
    }

    private String shown() {
        return corpus.resolve(SEED).toString();
    }

    @Test
    void checkFindsEveryCorrectionAgainAndSaysItOnlyAsANote() {
        Result check = CliTest.run("check", corpus.toString());
        Result notes = CliTest.run("check", "--notes", corpus.toString());

        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).isEmpty();
        assertThat(notes.code()).isZero();
        assertThat(notes.out().lines().toList()).containsExactly(
                shown() + ": note: the file changed since the corrections were saved; all 4 were found again and re-applied.");
    }

    @Test
    void exportWritesBothRelabelsOnTheirNamesMovedByTheLine() throws IOException {
        Path out = dir.resolve("out.jsonl");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), corpus.toString());

        assertThat(export.code()).as(export.err()).isZero();
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        int[] codePoints = line.get("text").asText().codePoints().toArray();
        List<String> orgs = new ArrayList<>();
        for (JsonNode span : line.get("spans")) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            String words = new String(codePoints, start, end - start);
            if (span.get("label").asText().equals("ORG") && words.equals("Rubaie")) {
                orgs.add(start + "-" + end);
            }
        }
        assertThat(orgs).containsExactly((596 + SHIFT) + "-" + (602 + SHIFT), (693 + SHIFT) + "-" + (699 + SHIFT));
    }
}
