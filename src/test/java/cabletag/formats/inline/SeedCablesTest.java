package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.MetaValue;
import cabletag.core.SourceEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedCablesTest {

    static final Path SEEDS = Path.of(System.getProperty("cabletag.seeds", "seeds"));
    static final String TAGGED = "004_139b5bbd77eb63a8.txt";
    static final String PLAIN = "000_cb2ef8ccb40cf302.txt";

    static Document readSeed(String name) throws IOException {
        return new CableReader().read(name, Files.readAllBytes(SEEDS.resolve(name)));
    }

    @Test
    void taggedSeedHasItsEntitiesPerLabel() throws IOException {
        Document document = readSeed(TAGGED);
        assertThat(document.spans().countByLabel()).isEqualTo(Map.of(
                Label.PER, 42, Label.LOC, 39, Label.ORG, 34, Label.MISC, 31));
        assertThat(document.diagnostics()).isEmpty();
        assertThat(document.source().layout().isHtml()).isTrue();
    }

    @Test
    void taggedSeedCleanTextHasNoTagsNoMarkupAndKeepsLinkText() throws IOException {
        Document document = readSeed(TAGGED);
        assertThat(document.text()).startsWith("S E C R E T SECTION 01 OF 02 BAGHDAD 000197 NOFORN");
        assertThat(document.text()).doesNotContain("[PER ", "<a ", "<pre>", "  ]");
        assertThat(document.text()).contains("TAGS: PREL PTER PINR IR IZ SUBJECT: RUBAIE CLAIMS");
        assertThat(document.text()).contains("( S ) Summary: National Security Advisor Mowafaq al-Rubaie carried");
        assertThat(document.spans()).extracting(document::textOf)
                .contains("Erbil", "Summary: National Security Advisor Mowafaq", "S", "Rubaie");
    }

    @Test
    void taggedSeedMetadataComesFromTheCableLines() throws IOException {
        Document document = readSeed(TAGGED);
        assertThat(document.id()).isEqualTo("004_139b5bbd77eb63a8");
        assertThat(document.metadata())
                .containsEntry("classification", MetaValue.ofText("SECRET"))
                .containsEntry("tags", MetaValue.ofText("PREL PTER PINR IR IZ"))
                .containsEntry("subject", MetaValue.ofText("RUBAIE CLAIMS HE CARRIED MESSAGE OF CONFIDENT IRAQ IN VISIT TO IRAN"));
    }

    @Test
    void plainSeedHasHeaderMetadataAndNoEntities() throws IOException {
        Document document = readSeed(PLAIN);
        assertThat(document.spans()).isEmpty();
        assertThat(document.diagnostics()).isEmpty();
        assertThat(document.source().layout().isHtml()).isFalse();
        assertThat(document.metadata())
                .containsEntry("identifier", MetaValue.ofText("05BAGHDAD3001"))
                .containsEntry("origin", MetaValue.ofText("Embassy Baghdad"))
                .containsEntry("created", MetaValue.ofText("2005-07-19 16:42:00"))
                .containsEntry("classification", MetaValue.ofText("SECRET//NOFORN"))
                .containsEntry("tags", MetaValue.ofText("PINS PREL MCAP MOPS PGOV IZ IR Iran"))
                .containsEntry("subject", MetaValue.ofText("NAVIGATING THE RIFT BETWEEN THE U.S. AND IRAN - RUBAIE ON THE UIA,S BALANCING ACT"));
    }

    @Test
    void bothSeedsWriteBackByteIdentical() throws IOException {
        for (String name : new String[] {TAGGED, PLAIN}) {
            byte[] bytes = Files.readAllBytes(SEEDS.resolve(name));
            Document document = new CableReader().read(name, bytes);
            assertThat(document.source().encoding()).isEqualTo(SourceEncoding.UTF_8);
            assertThat(new CableWriter().write(document)).as(name).isEqualTo(bytes);
        }
    }
}
