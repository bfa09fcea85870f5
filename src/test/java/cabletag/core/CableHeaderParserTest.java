package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CableHeaderParserTest {

    static final Path SEEDS = Path.of(System.getProperty("cabletag.seeds", "seeds"));

    private static Document seed(String name) throws IOException {
        return new CableReader().read(name, Files.readAllBytes(SEEDS.resolve(name)));
    }

    @Test
    void plainSeedGivesEveryFieldOfItsPageHeaderAndTheCablesSubject() throws IOException {
        CableHeader header = CableHeader.of(seed("000_cb2ef8ccb40cf302.txt"));
        assertThat(header).isEqualTo(new CableHeader("05BAGHDAD3001", "Embassy Baghdad", "2005-07-19 16:42:00",
                "SECRET//NOFORN", "PINS PREL MCAP MOPS PGOV IZ IR Iran",
                "NAVIGATING THE RIFT BETWEEN THE U.S. AND IRAN - RUBAIE ON THE UIA,S BALANCING ACT"));
        assertThat(header.createdDay()).isEqualTo("2005-07-19");
    }

    @Test
    void htmlSeedWithoutPageHeaderGivesTheCablesOwnTagsSubjectAndBanner() throws IOException {
        CableHeader header = CableHeader.of(seed("004_139b5bbd77eb63a8.txt"));
        assertThat(header.identifier()).isEmpty();
        assertThat(header.origin()).isEmpty();
        assertThat(header.created()).isEmpty();
        assertThat(header.classification()).isEqualTo("SECRET");
        assertThat(header.tags()).isEqualTo("PREL PTER PINR IR IZ");
        assertThat(header.subject()).isEqualTo("RUBAIE CLAIMS HE CARRIED MESSAGE OF CONFIDENT IRAQ IN VISIT TO IRAN");
    }

    @Test
    void fieldsInAnotherOrderWithOddSpacingAndCaseAreRead() {
        CableHeader header = CableHeaderParser.parse("""
                Some title

                   classification :SECRET
                \tSUBJECT:   a   wrapped
                  subject line

                CREATED  :  1999/3/7 08:00
                Origin:Embassy   Paris\r
                tags : PREL,PGOV ,  FR
                IDENTIFIER: 99PARIS1
                """);
        assertThat(header).isEqualTo(new CableHeader("99PARIS1", "Embassy Paris", "1999/3/7 08:00", "SECRET",
                "PREL PGOV FR", "a wrapped subject line"));
        assertThat(header.createdDay()).isEqualTo("1999-03-07");
    }

    @Test
    void missingFieldsStayEmptyAndTheFirstOfARepeatedKeyWins() {
        CableHeader header = CableHeaderParser.parse("Origin: Embassy Rome\nOrigin: Embassy Oslo\nCreated:\nbody text\n");
        assertThat(header).isEqualTo(new CableHeader("", "Embassy Rome", "", "", "", ""));
        assertThat(header.isEmpty()).isFalse();
        assertThat(header.createdDay()).isEmpty();
    }

    @Test
    void textWithNoFieldsHasNoHeader() {
        assertThat(CableHeaderParser.parse("[PER Rubaie  ] met [LOC Tehran  ] .\nE.O. 12958: DECL: 07/19/2015\n").isEmpty())
                .isTrue();
        assertThat(CableHeaderParser.parse("")).isEqualTo(CableHeader.NONE);
        assertThat(CableHeaderParser.parse(null)).isEqualTo(CableHeader.NONE);
        assertThat(CableHeaderParser.parse("A sentence that is far too long to be a key: value")).isEqualTo(CableHeader.NONE);
    }

    @Test
    void fieldsFarDownALongCableAreNotHeaderFields() {
        String text = "line\n".repeat(CableHeaderParser.HEAD_LINES) + "Origin: Embassy Rome\n";
        assertThat(CableHeaderParser.parse(text).origin()).isEmpty();
    }

    @Test
    void aLongValueIsCut() {
        String subject = "word ".repeat(500);
        assertThat(CableHeaderParser.parse("Subject: " + subject).subject().length())
                .isBetween(CableHeaderParser.MAX_VALUE - 5, CableHeaderParser.MAX_VALUE);
    }

    @Test
    void metadataFillsOnlyWhatTheTextLacks() {
        CableHeader header = CableHeaderParser.parse("Origin: Embassy Rome\n")
                .orElse(MetaValue.ofTexts(Map.of("origin", "Embassy Oslo", "created", " 2001-02-03 ", "classification", "UNCLASSIFIED")));
        assertThat(header).isEqualTo(new CableHeader("", "Embassy Rome", "2001-02-03", "UNCLASSIFIED", "", ""));
    }

    @Test
    void createdDayReadsIsoDaysAndYearsAndNothingElse() {
        assertThat(CableHeaderParser.day("2009-01-25 10:05:00")).isEqualTo("2009-01-25");
        assertThat(CableHeaderParser.day("2009.1.5")).isEqualTo("2009-01-05");
        assertThat(CableHeaderParser.day("2009-13-40")).isEqualTo("2009");
        assertThat(CableHeaderParser.day("January 2008")).isEqualTo("2008");
        assertThat(CableHeaderParser.day("20081 soon")).isEmpty();
        assertThat(CableHeaderParser.day("unknown")).isEmpty();
    }
}
