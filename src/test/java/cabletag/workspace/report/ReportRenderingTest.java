package cabletag.workspace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.workspace.ReviewStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Every output draws any section: a section added to the report card (as the suggestions' quality will
 * be) shows in the text, the JSON and the HTML page with no change to them; texts from cables are escaped.
 */
class ReportRenderingTest {

    static Document cable(String text, Span... spans) {
        return new Document("x", new DocumentSource("x.txt", SourceFormat.INLINE, null, text, null), text, SpanSet.of(spans),
                Map.of(), List.of());
    }

    static Report reportWithMarkupInATag() {
        String text = "A&B <x> met \"Q\" today";
        ScoreReport card = new ScoreReport(ReportScope.ALL);
        card.add(cable(text, Span.of(0, 7, "ORG")), cable(text, Span.of(12, 15, "PER")), ReviewStatus.NEW);
        return card.build();
    }

    static ReportSection suggestionQuality() {
        return new ReportSection("suggestion-quality", "Suggestion quality", List.of("Held-aside reviewed cables: 3."),
                List.of(new ReportChart("suggestion-precision", "Suggestions accepted", ReportChart.Kind.BARS, List.of("gazetteer", "name finder"),
                        List.of(new ReportChart.Series("accepted", List.of(7L, 3L))))),
                List.of(new ReportTable("suggestion-scores", "Precision and recall of each source", List.of("source", "precision", "recall"),
                        List.of(List.of("gazetteer", 0.875, 0.5), List.of("name finder", 0.25, 0.125)))));
    }

    @Test
    void anAddedSectionShowsInEveryOutput() throws Exception {
        Report report = reportWithMarkupInATag().with(suggestionQuality());
        assertThat(report.sections()).extracting(ReportSection::id).containsExactly("scores", "errors", "corrections", "progress",
                "suggestion-quality");

        String text = TextReport.render(report);
        assertThat(text).contains("== Suggestion quality ==").contains("Held-aside reviewed cables: 3.")
                .containsPattern("gazetteer +87\\.50% +50\\.00%").containsPattern("name finder +25\\.00% +12\\.50%");

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
        JsonNode section = json.path("sections").get(4);
        assertThat(section.path("id").asText()).isEqualTo("suggestion-quality");
        assertThat(section.path("tables").get(0).path("rows").get(0).path("precision").asDouble()).isEqualTo(0.875);
        assertThat(section.path("charts").get(0).path("series").get(0).path("values").get(1).asLong()).isEqualTo(3);

        String html = HtmlReport.render(report);
        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(dom.getElementsByTagName("svg").getLength()).isEqualTo(5);
        assertThat(dom.getElementsByTagName("section").item(4).getAttributes().getNamedItem("id").getNodeValue())
                .isEqualTo("section-suggestion-quality");
        assertThat(html).contains("87.50%").doesNotContain("http");
    }

    @Test
    void textsFromCablesAreEscapedInThePage() throws Exception {
        Report report = reportWithMarkupInATag();
        String html = HtmlReport.render(report);
        assertThat(html).contains("`A&amp;B &lt;x&gt;` ORG → deleted").contains("`&quot;Q&quot;` untagged → PER");
        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(dom.getDocumentElement().getTextContent()).contains("`A&B <x>` ORG → deleted");
        assertThat(new ObjectMapper().readTree(JsonReport.render(report)).path("sections").get(2).path("tables").get(0)
                .path("rows").get(0).path("correction").asText()).isIn("`A&B <x>` ORG → deleted", "`\"Q\"` untagged → PER");
    }

    @Test
    void anEmptyChartSaysSoAndTablesRefuseWhatTheyCannotShow() {
        String svg = SvgChart.render(new ReportChart("empty", "Nothing", ReportChart.Kind.BARS, List.of(), List.of()));
        assertThat(svg).contains("nothing to show");
        assertThat(SvgChart.render(new ReportChart("none", "None", ReportChart.Kind.PARTS, List.of("a"),
                List.of(new ReportChart.Series("s", List.of(0L)))))).contains("nothing to show");
        assertThatThrownBy(() -> new ReportTable("t", "T", List.of("a", "a"), List.of())).hasMessageContaining("two columns of one name");
        assertThatThrownBy(() -> new ReportTable("t", "T", List.of("a"), List.of(List.of(1)))).hasMessageContaining("String, Long or Double");
        assertThat(SvgChart.niceCeiling(55)).isEqualTo(80);
        assertThat(SvgChart.niceCeiling(31)).isEqualTo(40);
        assertThat(SvgChart.niceCeiling(3)).isEqualTo(4);
    }
}
