package cabletag.core.text;

import cabletag.core.Document;
import java.util.List;

/** Splits clean text into tokens. Tokens never overlap and come in text order. */
public interface Tokenizer {

    List<Token> tokenize(String text);

    /**
     * Tagged cables were whitespace-tokenized by the machine tagger, so their own tokens are kept;
     * plain text needs real word rules.
     */
    static Tokenizer forDocument(Document document) {
        return document.originalSpans().isEmpty() ? new CableTokenizer() : new WhitespaceTokenizer();
    }
}
