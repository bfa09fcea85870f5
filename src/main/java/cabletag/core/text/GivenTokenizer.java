package cabletag.core.text;

import cabletag.core.GivenTokens;

/**
 * The tokens a dataset gave a text, handed out as a tokenizer's: nothing is cut, so {@code AT&T},
 * {@code U.S.-Iraq}, a URL or a flag emoji stay the one token the dataset made them.
 */
public final class GivenTokenizer implements Tokenizer {

    private final GivenTokens given;

    public GivenTokenizer(GivenTokens given) {
        this.given = given;
    }

    /** {@code text} must be the text the tokens were given for; a text of another length is refused. */
    @Override
    public void scan(String text, TokenSink sink) {
        if (text.length() != given.textLength()) {
            throw new IllegalArgumentException("tokens given for a text of length " + given.textLength()
                    + ", asked to cut one of length " + text.length());
        }
        for (int t = 0, n = given.count(); t < n; t++) {
            sink.token(given.start(t), given.end(t));
        }
    }
}
