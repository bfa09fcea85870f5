package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
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
}
