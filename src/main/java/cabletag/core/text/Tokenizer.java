package cabletag.core.text;

import cabletag.core.Document;
import java.util.ArrayList;
import java.util.List;

/** Splits clean text into tokens. Tokens never overlap and come in text order. */
public interface Tokenizer {

    /** Receives each token's bounds, {@code [start, end)} in UTF-16 units, in text order. */
    @FunctionalInterface
    interface TokenSink {
        void token(int start, int end);
    }

    /**
     * Reports every token to {@code sink} without making an object per token: the CoNLL export of a
     * large plain cable cuts millions of tokens, and this is the one place tokens are cut.
     */
    void scan(String text, TokenSink sink);

    default List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        scan(text, (start, end) -> tokens.add(new Token(start, end)));
        return tokens;
    }

    /**
     * A text a dataset gave as tokens (CoNLL) keeps those tokens; tagged cables were whitespace-tokenized
     * by the machine tagger, so their own tokens are kept; plain text needs real word rules.
     */
    static Tokenizer forDocument(Document document) {
        if (document.givenTokens().isGiven()) {
            return new GivenTokenizer(document.givenTokens());
        }
        return !document.hasOriginalSpans() ? new CableTokenizer() : new WhitespaceTokenizer();
    }
}
