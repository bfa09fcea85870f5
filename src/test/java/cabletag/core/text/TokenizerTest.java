package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.GivenTokens;
import cabletag.core.SourceFormat;
import cabletag.core.SpanSet;
import cabletag.formats.inline.CableReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void keepsTheTaggersWhitespaceTokensForATaggedCable() {
        Document tagged = new CableReader().read("tagged.txt",
                "[PER Rubaie  ] met U.S. officials in [LOC Tehran  ].".getBytes(StandardCharsets.UTF_8));

        assertThat(tagged.originalSpans()).isNotEmpty();
        assertThat(Tokenizer.forDocument(tagged)).isInstanceOf(WhitespaceTokenizer.class);
    }

    @Test
    void usesCableRulesForPlainText() {
        Document plain = new CableReader().read("plain.txt",
                "Rubaie met U.S. officials in Tehran.".getBytes(StandardCharsets.UTF_8));
        String text = "Iran's 10th Brigade";
        Document imported = new Document("d", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, text), text,
                SpanSet.empty(), null, null);

        assertThat(Tokenizer.forDocument(plain)).isInstanceOf(CableTokenizer.class);
        assertThat(Tokenizer.forDocument(imported)).isInstanceOf(CableTokenizer.class);
    }

    /** A text a dataset gave as tokens is not cut again: AT&T, U.S.-Iraq and a flag stay one token each. */
    @Test
    void keepsTheTokensADatasetGave() {
        String flag = "\uD83C\uDDEE\uD83C\uDDF6";
        String text = "AT&T said\nU.S.-Iraq " + flag;
        GivenTokens given = new GivenTokens.Builder().token(0, 4).token(5, 9).endSentence()
                .token(10, 19).token(20, 24).build(text.length());
        Document conll = new Document("c", DocumentSource.ofCleanText("c.conll", SourceFormat.CONLL, text), text,
                SpanSet.empty(), null, null, given);

        assertThat(Tokenizer.forDocument(conll)).isInstanceOf(GivenTokenizer.class);
        assertThat(Tokenizer.forDocument(conll).tokenize(text)).extracting(token -> token.textIn(text))
                .containsExactly("AT&T", "said", "U.S.-Iraq", flag);
        assertThat(Tokenizer.forDocument(conll.withSpans(SpanSet.of(cabletag.core.Span.of(0, 4, "ORG")))).tokenize(text))
                .as("an edit keeps them").hasSize(4);
        assertThat(Tokenizer.forDocument(conll.shownAs("x/c.conll"))).as("so does naming its file").isInstanceOf(GivenTokenizer.class);
    }
}
