package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged cable {@code x.txt} with a {@code x.ann} beside it (an empty one is what a folder made ready for brat
 * holds) is read as brat text: found from outside, its tags were words of the text, no entity, exit 0, and neither
 * export nor check said a word. The tags are named once, as annotation lost; a text without such tags, or whose
 * tags' words the {@code .ann} annotates, says nothing.
 */
class CableTagsInBratTextTest {

    @TempDir
    Path dir;

    private Document read(String text, String ann) throws Exception {
        Files.writeString(dir.resolve("x.txt"), text);
        return new BratFormat().read(Files.writeString(dir.resolve("x.ann"), ann), "x.ann").get(0);
    }

    @Test
    void aTaggedCableBesideAnEmptyAnnIsNamedAsAnnotationLost() throws Exception {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/x.txt"), "[PER Ali  ] met [LOC Basra  ]\n");
        Files.writeString(dir.resolve("c/x.ann"), "");
        List<ReadOutcome> outcomes = CorpusReader.standard().readAll(List.of(dir.resolve("c")));
        Document document = outcomes.get(0).documents().get(0);
        assertThat(document.spans()).isEmpty();
        assertThat(document.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.format("c/x.ann")).isEqualTo("c/x.ann:1:1: warning: x.txt:1:1 holds 2 cable tags ([PER Ali  ] and 1"
                    + " more) but is read as brat text, since x.ann is beside it: its tags are no entities, only words of the"
                    + " text; move x.ann away to read x.txt as a cable [cable-tags-in-brat-text]");
            assertThat(d.losesAnnotation()).isTrue();
        });
    }

    @Test
    void theFirstLostTagIsPlacedInTheTextAndTheAnnsOwnLinesFollow() throws Exception {
        Document document = read("SUBJECT: TALKS\r\n\u00E9\uD83D\uDE00 met [ORG [PER Rubaie  ]  ] and Ali\n",
                "T1\tPER 50 53\tAli\nX1\tnonsense\n");
        assertThat(document.spans()).containsExactly(Span.of(51, 54, "PER"));
        assertThat(document.diagnostics()).extracting(Diagnostic::code).containsExactly("cable-tags-in-brat-text", "bad-line");
        // the inner tag is the one the cable reader would take; the column counts é and the emoji as one each
        assertThat(document.diagnostics().get(0).message()).startsWith("x.txt:2:13 holds a cable tag ([PER Rubaie  ])");
    }

    @Test
    void aTagWhoseWordsTheAnnAnnotatesIsNotLost() throws Exception {
        // the brat export of a cable that kept an outer tag of two on the same words as text: [ORG Ali  ] over PER Ali
        Document document = read("[ORG Ali  ] met", "T1\tPER 5 8\tAli\n");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void bracketsThatAreNoTagSayNothing() throws Exception {
        Document document = read("[see below ] [Ali ] [PER ] [O Ali  ] [B-PER Ali  ] [PER Ali\n  ] [PER Ali] [per Ali  ] [ PER Ali ]",
                "");
        assertThat(document.diagnostics()).isEmpty();
    }
}
