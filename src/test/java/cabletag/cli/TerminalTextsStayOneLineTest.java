package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Document;
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
 * What the commands print for a terminal besides problem lines — suggest's rows, report's corrections, the
 * export summary's files — quotes a cable's text or a path: an ESC or a U+2028 in it is escaped as problem
 * lines escape it, so a row stays one row and nothing acts on the terminal. JSON stays as it is.
 */
class TerminalTextsStayOneLineTest extends WithTemporaryStore {

    private static final String ESC = "\u001B";
    private static final String LINE_SEPARATOR = "\u2028";

    private Path corpus;

    /** The tester's cable: an ESC inside a PER tag's name, a U+2028 inside a LOC's, each also untagged once. */
    @BeforeEach
    void cable() throws IOException {
        corpus = Files.createDirectories(dir.resolve("s"));
        Files.writeString(corpus.resolve("a.txt"), "Hello [PER Rub" + ESC + "aie  ] met [LOC Bagh" + LINE_SEPARATOR
                + "dad  ] today.\nLater Rub" + ESC + "aie went to Bagh" + LINE_SEPARATOR + "dad again.\n");
    }

    @Test
    void suggestRowsEscapeTheTextAndKeepTheirFiveFields() throws IOException {
        Result suggest = CliTest.run("suggest", "--source", "gazetteer", corpus.toString());
        Result json = CliTest.run("suggest", "--json", "--source", "gazetteer", corpus.toString());

        assertThat(suggest.code()).as(suggest.err()).isZero();
        String file = corpus.resolve("a.txt").toString();
        assertThat(suggest.out().split("\n", -1)).containsExactly(
                file + ":40-47\tRub\\u001Baie\tPER\tgazetteer (machine-tagged)\t0.50",
                file + ":56-64\tBagh\\u2028dad\tLOC\tgazetteer (machine-tagged)\t0.50",
                "");
        // JSON escapes by itself: the texts are the cable's
        List<String> texts = new ArrayList<>();
        new ObjectMapper().readTree(json.out()).path("suggestions").forEach(s -> texts.add(s.path("text").asText()));
        assertThat(texts).containsExactly("Rub" + ESC + "aie", "Bagh" + LINE_SEPARATOR + "dad");
    }

    @Test
    void reportRowsCollapseTheLineSeparatorAndEscapeTheEsc() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            Document a = workspace.document(0);
            workspace.delete(0, a.spans().get(0));
            workspace.delete(0, a.spans().get(1));
        }

        Result report = CliTest.run("report", "--all", "--no-suggestion-quality", corpus.toString());
        Result json = CliTest.run("report", "--json", "--all", "--no-suggestion-quality", corpus.toString());

        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("`Rub\\u001Baie` PER → deleted", "`Bagh dad` LOC → deleted")
                .doesNotContain(ESC, LINE_SEPARATOR);
        List<String> corrections = new ArrayList<>();
        for (JsonNode section : new ObjectMapper().readTree(json.out()).path("sections")) {
            section.path("tables").forEach(table -> {
                if (table.path("id").asText().equals("corrections")) {
                    table.path("rows").forEach(row -> corrections.add(row.path("correction").asText()));
                }
            });
        }
        assertThat(corrections).containsExactlyInAnyOrder("`Rub" + ESC + "aie` PER → deleted", "`Bagh dad` LOC → deleted");
    }

    @Test
    void theExportSummaryNamesAnOutputWithALineBreakOnOneLine() throws IOException {
        Path out = dir.resolve("s2\nx.jsonl");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), corpus.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out().lines().toList()).contains("written: [" + dir.toRealPath() + "/s2\\nx.jsonl]");
        assertThat(out).exists();
    }

    @Test
    void reportNamesAPageWithALineBreakOnOneLine() throws IOException {
        Path page = dir.resolve("r\nx.html");

        Result report = CliTest.run("report", "--no-suggestion-quality", "--html", page.toString(), corpus.toString());

        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out().lines().toList()).contains("written: " + dir.toRealPath() + "/r\\nx.html");
    }
}
