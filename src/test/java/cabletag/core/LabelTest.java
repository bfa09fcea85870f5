package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTest {

    @Test
    void saysWhichPartOfTheRuleANameBreaks() {
        assertThat(Label.whyNotAName("DATE_OF-BIRTH2")).isEmpty();
        assertThat(Label.whyNotAName("")).hasValue("Type a name: capital letters, digits, _ or -, e.g. DATE.");
        assertThat(Label.whyNotAName("   ")).hasValueSatisfying(why -> assertThat(why).startsWith("No spaces"));
        assertThat(Label.whyNotAName("MY LABEL")).hasValue("No spaces in a label name: join the words with _ or - (DATE_OF_BIRTH).");
        assertThat(Label.whyNotAName("date")).hasValue("Capital letters only: DATE, not date.");
        assertThat(Label.whyNotAName("2DATE")).hasValue("A label name starts with a capital letter A–Z, not “2”.");
        assertThat(Label.whyNotAName("_X")).hasValue("A label name starts with a capital letter A–Z, not “_”.");
        assertThat(Label.whyNotAName("DÉJÀ")).hasValue("“É” cannot be in a label name: only capital letters A–Z, digits, _ and -.");
        assertThat(Label.whyNotAName("A.B")).hasValue("“.” cannot be in a label name: only capital letters A–Z, digits, _ and -.");
    }

    @Test
    void aNameThatIsATagOfTheTokenSchemesLabelsNoEntity() {
        // written by conll and hf after a prefix, O and B-PER would be the tags B-O and B-B-PER
        for (String tag : new String[] {"O", "B-PER", "I-PER", "E-MAIL", "S-X", "L-LOC", "U-ORG"}) {
            assertThat(Label.isValidName(tag)).as(tag).isTrue();
            assertThat(Label.isEntityLabel(tag)).as(tag).isFalse();
            assertThat(Label.whyNotAName(tag)).as(tag).isPresent();
        }
        assertThat(Label.whyATag("O")).hasValueSatisfying(why -> assertThat(why).startsWith("O is the tag of a token outside every entity"));
        assertThat(Label.whyATag("B-PER")).hasValueSatisfying(why -> assertThat(why).contains("B-PER reads as a tag (B- of PER)")
                .contains("B-B-PER"));
        assertThat(Label.whyNotAName("b-per")).isEqualTo(Label.whyATag("B-PER"));
        for (String label : new String[] {"OO", "ORG", "O2", "B_PER", "BB-PER", "X-PER", "B-", "A-B", "DATE-OF"}) {
            assertThat(Label.isEntityLabel(label)).as(label).isTrue();
        }
    }
}
