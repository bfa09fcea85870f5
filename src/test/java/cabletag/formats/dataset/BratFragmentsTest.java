package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A discontinuous brat entity is read as one, from its first fragment's start to its last one's end: silently when
 * only white space lies between its fragments (line breaks, where brat and the brat export cut an entity), named
 * when other text does (a coordinated entity, {@code Ali … Bob}), which it was not.
 */
class BratFragmentsTest {

    @TempDir
    Path dir;

    private Document read(String text, String ann) throws Exception {
        Files.writeString(dir.resolve("b1.txt"), text);
        return new BratFormat().read(Files.writeString(dir.resolve("b1.ann"), ann), "b1.ann").get(0);
    }

    @Test
    void fragmentsWithWordsBetweenThemAreWidenedAndSaidSo() throws Exception {
        Document document = read("Ali met Bob in Rome.", "T4\tPER 0 3;8 11\tAli Bob\n");
        assertThat(document.spans()).containsExactly(Span.of(0, 11, "PER"));
        assertThat(document.diagnostics()).extracting(d -> d.format("b1.ann")).containsExactly(
                "b1.ann:1:4: warning: T4 PER has 2 fragments with text between them; read as one entity from 0 to 11, "
                        + "'Ali met Bob', which also covers ' met ' between them: an entity is one range here, and every "
                        + "export writes it so [discontinuous]");
        assertThat(document.diagnostics().get(0).losesAnnotation()).isTrue();
    }

    @Test
    void everyGapIsShown() throws Exception {
        Document document = read("Ali, Bob and Carl met.", "T1\tPER 0 3;5 8;13 17\tAli Bob Carl\n");
        assertThat(document.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("T1 PER has 3 fragments", "'Ali, Bob and Carl', which also covers ', … and ' between them"));
    }

    @Test
    void fragmentsSplitAtLineBreaksOnlyAreJoinedUnsaid() throws Exception {
        Document document = read("Embassy\r\nBaghdad\u2028x\nend\n",
                "T1\tORG 0 7;9 16\tEmbassy Baghdad\nT2\tLOC 16 16;17 18\tx\nT3\tLOC 18 18;19 19\t \n");
        assertThat(document.spans()).containsExactly(Span.of(0, 16, "ORG"), Span.of(16, 18, "LOC"), Span.of(18, 19, "LOC"));
        assertThat(document.diagnostics()).extracting(d -> d.code()).doesNotContain("discontinuous");
    }

    @Test
    void fragmentsWithWhiteSpaceOnlyBetweenThemCoverTheSameWordsAndAreJoinedUnsaid() throws Exception {
        Document document = read("Camp Ashraf\tand\u00A0Rome", "T1\tLOC 0 4;5 11\tCamp Ashraf\nT2\tLOC 16 16;16 20\tRome\n");
        assertThat(document.spans()).containsExactly(Span.of(0, 11, "LOC"), Span.of(16, 20, "LOC"));
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void aDroppedEntityIsNamedAsDroppedOnly() throws Exception {
        Document document = read("Ali met Bob in Rome.", "T1\tLOC 0 11\tAli met Bob\nT2\tPER 0 3;8 11\tAli Bob\n");
        assertThat(document.diagnostics()).extracting(d -> d.code()).containsExactly("overlap");
    }
}
