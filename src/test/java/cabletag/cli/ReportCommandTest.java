package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** {@code cabletag report}: the analyst's corrections made in the window, scored from the command line. */
class ReportCommandTest extends WithTemporaryStore {

    Path corpus;

    /** Cable a: GOI relabelled, S deleted (1 of 3 kept); reviewed. Cable b: edited, not reviewed. */
    @BeforeEach
    void correctInTheWindow() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[ORG GOI  ] met [PER Talabani  ] and [ORG S  ] .\n");
        Files.writeString(corpus.resolve("b.txt"), "[LOC Erbil  ] is far from [LOC Tehran  ] .\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            Document a = workspace.document(0);
            workspace.relabel(0, a.spans().get(0), Label.MISC);
            workspace.delete(0, Span.of(a.text().indexOf("S ."), a.text().indexOf("S .") + 1, "ORG"));
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            workspace.delete(1, workspace.document(1).spans().get(0));
        }
    }

    @Test
    void aTableOfTheReviewedCablesWithTheScopeStated() {
        CliTest.Result result = CliTest.run("report", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        // 1 of 3 as read kept (Talabani); 2 corrected: P 1/3, R 1/2, F1 2*(1/3)(1/2)/(5/6) = 40%
        assertThat(result.out()).contains("Scope: reviewed cables only (1 of 2 cables scored)")
                .contains("Overall: precision 33.33%, recall 50.00%, F1 40.00% (1 correct of 3 entities as read, 2 corrected).")
                .contains("`S` ORG → deleted").contains("`GOI` ORG → MISC")
                .containsPattern("overall +33\\.33% +50\\.00% +40\\.00% +1 +3 +2")
                .containsPattern("reviewed +1\\n");
    }

    @Test
    void allCablesOnRequest() {
        CliTest.Result result = CliTest.run("report", "--all", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        // b adds 2 as read, 1 kept: 2 of 5 as read, 3 corrected
        assertThat(result.out()).contains("Scope: all cables (2 of 2 cables scored)")
                .contains("(2 correct of 5 entities as read, 3 corrected)");
    }

    @Test
    void json() throws IOException {
        CliTest.Result result = CliTest.run("report", "--json", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("scope").path("cables").asText()).isEqualTo("reviewed");
        assertThat(json.path("scope").path("scored").asLong()).isEqualTo(1);
        assertThat(json.path("scope").path("description").asText()).isEqualTo("Scope: reviewed cables only (1 of 2 cables scored)");
        assertThat(json.path("overall").path("precision").asDouble()).isEqualTo(1.0 / 3);
        assertThat(json.path("overall").path("recall").asDouble()).isEqualTo(0.5);
        JsonNode errors = json.path("sections").get(1);
        assertThat(errors.path("id").asText()).isEqualTo("errors");
        JsonNode all = errors.path("tables").get(0).path("rows").get(errors.path("tables").get(0).path("rows").size() - 1);
        assertThat(all.path("label as read").asText()).isEqualTo("all");
        assertThat(all.path("label").asLong()).isEqualTo(1);
        assertThat(all.path("spurious").asLong()).isEqualTo(1);
    }

    /** Found from outside: "--html -" wrote a file named "-" in the working folder. */
    @Test
    void theHtmlPageGoesToStandardOutputForADash() throws Exception {
        Path file = dir.resolve("report.html");
        CliTest.run("report", "--html", file.toString(), corpus.toString());
        CliTest.Result result = CliTest.run("report", "--html", "-", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).as("the page alone, as the file holds it").isEqualTo(Files.readString(file));
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void oneSelfContainedHtmlPage() throws Exception {
        Path page = dir.resolve("report.html");
        CliTest.Result result = CliTest.run("report", "--html", page.toString(), corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Scope: reviewed cables only (1 of 2 cables scored)").contains("written: " + page.toAbsolutePath());
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("Scope: reviewed cables only (1 of 2 cables scored)")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain(" src=").doesNotContain(" href=");
        // well-formed: it parses as XML, with the four charts as inline SVG and the tables
        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(page.toFile());
        NodeList svgs = dom.getElementsByTagName("svg");
        assertThat(svgs.getLength()).isEqualTo(4);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) svgs.item(i)).getAttribute("id"));
        }
        assertThat(ids).containsExactlyInAnyOrder("chart-entities-per-label", "chart-errors-by-kind", "chart-corrections-per-label",
                "chart-review-progress");
        assertThat(dom.getElementsByTagName("table").getLength()).isEqualTo(5);
        assertThat(dom.getElementsByTagName("rect").getLength()).isPositive();
    }

    @Test
    void aPageOverAFileTheUserWroteKeepsThatFileAsACopyAndAnUnchangedEarlierPageIsReplacedAsItIs() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.html"), "my own notes\n");

        CliTest.Result first = CliTest.run("report", "--no-suggestion-quality", "--html", notes.toString(), corpus.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err().lines()).containsExactly("note: " + notes + " was not written by cabletag; the old file is kept as notes.html.~1~");
        assertThat(Files.readString(dir.resolve("notes.html.~1~"))).isEqualTo("my own notes\n");
        assertThat(Files.readString(notes)).startsWith("<!DOCTYPE html>");

        CliTest.Result again = CliTest.run("report", "--no-suggestion-quality", "--html", notes.toString(), corpus.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(dir.resolve("notes.html.~2~")).doesNotExist();
    }

    @Test
    void nothingReviewedIsStatedNotDividedByZero() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            workspace.setStatus(0, ReviewStatus.IN_PROGRESS);
        }
        CliTest.Result result = CliTest.run("report", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Scope: reviewed cables only (0 of 2 cables scored); no cable is marked reviewed yet")
                .contains("Overall: precision 0.00%, recall 0.00%, F1 0.00% (0 correct of 0 entities as read, 0 corrected).")
                .doesNotContain("NaN");
    }

    @Test
    void badUseAndProblems() throws IOException {
        CliTest.run("report", "--json", "--html", dir.resolve("r.html").toString(), corpus.toString())
                .assertBadUse("--json and --html exclude each other");
        CliTest.run("report", "--html", corpus.resolve("a.txt").toString(), corpus.toString()).assertBadUse("inside the input folder");
        CliTest.run("report", "--html", corpus.resolve("new.html").toString(), corpus.toString()).assertBadUse("inside the input folder");
        CliTest.run("report", "--html", corpus.toString(), dir.resolve("home").toString()).assertBadUse("is a folder");
        CliTest.run("report", "--html", dir.resolve("missing/r.html").toString(), corpus.toString()).assertBadUse("does not exist");
        CliTest.run("report", dir.resolve("nothing-here").toString()).assertBadUse("no such file or folder");
        assertThat(Files.exists(dir.resolve("r.html"))).isFalse();

        Files.writeString(corpus.resolve("c.jsonl"), "{\"text\": \"fine\", \"spans\": []}\nnot json\n");
        CliTest.Result result = CliTest.run("report", corpus.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).contains("c.jsonl:2:");
        assertThat(result.out()).contains("(1 of 3 cables scored)");

        CliTest.Result empty = CliTest.run("report", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(empty.err()).contains("no cable or dataset file in this folder");
    }

    /**
     * Two reviewed cables, two folds. Each fold's gazetteer learns from the other cable only: Hakim PER is
     * found in the cable held aside, its place (seen nowhere else) is missed, nothing else is suggested.
     * Gazetteer: 2 right of 2 suggested, of 4 entities: P 100%, R 50%, F1 2·1·0.5/1.5 = 66.67%.
     */
    private Path twoReviewedCables() throws IOException {
        Path reviewed = Files.createDirectories(dir.resolve("reviewed"));
        Files.writeString(reviewed.resolve("a.txt"), "[PER Hakim  ] met [LOC Basra  ] officials .\n");
        Files.writeString(reviewed.resolve("b.txt"), "[PER Hakim  ] went to [LOC Mosul  ] today .\n");
        try (Workspace workspace = Workspace.open(List.of(reviewed), StoreLocation.defaultLocation(), null)) {
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            workspace.setStatus(1, ReviewStatus.REVIEWED);
        }
        return reviewed;
    }

    @Test
    void theQualityOfTheSuggestionsCountedByHand() throws IOException {
        Path reviewed = twoReviewedCables();
        CliTest.Result result = CliTest.run("report", reviewed.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("== Quality of the suggestions ==")
                .contains("Scope: 2 reviewed cables, dealt into 2 folds")
                .contains("gazetteer: precision 100.00%, recall 50.00%, F1 66.67%.")
                .containsPattern("gazetteer +100\\.00% +50\\.00% +66\\.67% +2 +2 +4")
                .containsPattern("name finder +[0-9.]+% +[0-9.]+% +[0-9.]+% +[0-9]+ +[0-9]+ +4");

        JsonNode json = new ObjectMapper().readTree(CliTest.run("report", "--json", reviewed.toString()).out());
        JsonNode section = null;
        for (JsonNode candidate : json.path("sections")) {
            if (candidate.path("id").asText().equals("suggestion-quality")) {
                section = candidate;
            }
        }
        assertThat(section).as("the suggestion-quality section in JSON").isNotNull();
        JsonNode gazetteer = section.path("tables").get(0).path("rows").get(0);
        assertThat(gazetteer.path("source").asText()).isEqualTo("gazetteer");
        assertThat(gazetteer.path("precision").asDouble()).isEqualTo(1.0);
        assertThat(gazetteer.path("recall").asDouble()).isEqualTo(0.5);
        assertThat(gazetteer.path("right").asLong()).isEqualTo(2);
        assertThat(gazetteer.path("entities").asLong()).isEqualTo(4);
    }

    @Test
    void moreReviewedCablesThanTheQualitySampleAreSaidSo() throws IOException {
        Path reviewed = Files.createDirectories(dir.resolve("many"));
        String[] places = {"Basra", "Mosul", "Najaf", "Kirkuk"};
        for (int i = 0; i < 61; i++) {
            Files.writeString(reviewed.resolve(String.format("c%02d.txt", i)),
                    "[PER Hakim  ] met [LOC " + places[i % 4] + "  ] officials on day " + i + " .\n");
        }
        try (Workspace workspace = Workspace.open(List.of(reviewed), StoreLocation.defaultLocation(), null)) {
            for (int i = 0; i < 61; i++) {
                workspace.setStatus(i, ReviewStatus.REVIEWED);
            }
        }
        CliTest.Result report = CliTest.run("report", reviewed.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Scope: a fixed-seed sample of 60 of the 61 reviewed cables, dealt into 3 folds");

        CliTest.Result quality = CliTest.run("suggest", "--quality", reviewed.toString());
        assertThat(quality.code()).as(quality.err()).isZero();
        assertThat(quality.out()).containsPattern("gazetteer +60 +3 ");
        assertThat(quality.err()).contains("note: estimated on a fixed-seed sample of 60 of the 61 reviewed cables");
    }

    @Test
    void theQualityOfTheSuggestionsInTheHtmlPage() throws Exception {
        Path reviewed = twoReviewedCables();
        Path page = dir.resolve("quality.html");
        CliTest.Result result = CliTest.run("report", "--html", page.toString(), reviewed.toString());
        assertThat(result.code()).as(result.err()).isZero();
        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(page.toFile());
        String html = Files.readString(page);
        assertThat(html).contains("<section id=\"section-suggestion-quality\">").contains("<h2>Quality of the suggestions</h2>")
                .contains("<table id=\"table-suggestion-quality\">").contains("id=\"chart-suggestion-quality\"")
                .contains("Scope: 2 reviewed cables, dealt into 2 folds");
        assertThat(dom.getElementsByTagName("svg").getLength()).isEqualTo(5);
    }

    @Test
    void theQualityOfTheSuggestionsCanBeLeftOut() throws IOException {
        Path reviewed = twoReviewedCables();
        CliTest.Result result = CliTest.run("report", "--no-suggestion-quality", reviewed.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("== Scores ==").doesNotContain("Quality of the suggestions");
        CliTest.Result json = CliTest.run("report", "--json", "--no-suggestion-quality", reviewed.toString());
        assertThat(json.out()).doesNotContain("suggestion-quality");
    }

    @Test
    void oneReviewedCableIsTooFewToHoldAnyAside() {
        CliTest.Result result = CliTest.run("report", corpus.toString());
        assertThat(result.out()).contains("== Quality of the suggestions ==")
                .contains("Not estimated: needs at least 2 reviewed cables to hold some aside; 1 reviewed.");
    }
}
