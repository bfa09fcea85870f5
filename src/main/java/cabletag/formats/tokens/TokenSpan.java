package cabletag.formats.tokens;

import cabletag.core.Label;

/** An entity over a run of tokens: tokens {@code [first, end)} of one sentence. */
public record TokenSpan(int first, int end, Label label) {

    public TokenSpan {
        if (label == null || first < 0 || end <= first) {
            throw new IllegalArgumentException("not a token span: [" + first + ", " + end + ") " + label);
        }
    }
}
