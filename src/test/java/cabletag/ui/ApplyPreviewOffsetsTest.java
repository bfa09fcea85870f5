package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.Occurrence;
import cabletag.workspace.OccurrencePlan;
import cabletag.workspace.OccurrenceScope;
import cabletag.workspace.OccurrenceTarget;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of "apply to all" wrote each occurrence's offset in UTF-16 units, while the entity table beside
 * it writes code points (ADR 0001): after an emoji and a 𝐀, each two units and one code point, the preview
 * said "at 27" for the Rubaie the table lists at 25.
 */
class ApplyPreviewOffsetsTest {

    private static final String CABLE = "Quoted 😀 and 𝐀 from a PDF. [PER Rubaie  ] met Rubaie in Erbil.\n";

    @TempDir
    Path temp;

    @Test
    void eachOccurrenceIsAtTheOffsetTheEntityTableShows() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("astral.txt"), CABLE, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("other.txt"), "𝐀𝐁𝐂 [LOC Erbil  ] and Rubaie.\n", StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null)) {
            int cable = workspace.indexOf("astral.txt").orElseThrow();
            Document document = workspace.document(cable);
            Span tagged = document.spans().stream().findFirst().orElseThrow();
            String text = document.text();
            int second = text.indexOf("Rubaie", tagged.end());
            int secondInCodePoints = text.codePointCount(0, second);
            assertThat(secondInCodePoints).isEqualTo(second - 2); // the emoji and the 𝐀 before it

            OccurrencePlan plan = workspace.planApplyToAll(cable, tagged, Label.PER, OccurrenceScope.CABLE);
            Occurrence untagged = plan.occurrences().get(0);
            assertThat(untagged.wanted().start()).isEqualTo(second); // the span stays in UTF-16 units
            assertThat(untagged.shownStart()).isEqualTo(secondInCodePoints);
            assertThat(ApplyPreviewDialog.change(untagged, OccurrenceScope.CABLE)).isEqualTo("untagged → PER  at " + secondInCodePoints);

            OccurrencePlan corpusWide = workspace.planApplyToAll(cable, tagged, Label.PER, OccurrenceScope.CORPUS);
            int other = workspace.indexOf("other.txt").orElseThrow();
            Occurrence inOther = corpusWide.occurrences().stream().filter(o -> o.cable() == other).findFirst().orElseThrow();
            String otherText = workspace.document(other).text();
            assertThat(ApplyPreviewDialog.change(inOther, OccurrenceScope.CORPUS))
                    .isEqualTo("other.txt: untagged → PER  at " + otherText.codePointCount(0, otherText.indexOf("Rubaie")));

            // the consistency view's places go through planAt: the same offsets
            OccurrencePlan atPlaces = workspace.planAt("Rubaie", Label.PER,
                    List.of(new OccurrenceTarget(cable, second, second + "Rubaie".length())));
            assertThat(atPlaces.occurrences().get(0).shownStart()).isEqualTo(CodePoints.of(text).toCodePoint(second));
        }
    }
}
