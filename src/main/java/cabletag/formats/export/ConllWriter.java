package cabletag.formats.export;

import cabletag.formats.tokens.TagScheme;
import java.io.IOException;

/**
 * CoNLL-2003 columns: {@code token _ _ TAG} (token first, tag in the last column, the two unused POS
 * and chunk columns as {@code _}), a blank line after each sentence, {@code -DOCSTART- -X- -X- O}
 * and a blank line before each cable.
 */
final class ConllWriter implements DocumentWriter {

    static final String DOCSTART = "-DOCSTART- -X- -X- O";

    private final Outputs outputs;
    private final TagScheme scheme;

    ConllWriter(Outputs outputs, TagScheme scheme) {
        this.outputs = outputs;
        this.scheme = scheme;
    }

    /** One cable's block, encoded once into bytes (on the reading threads). */
    @Override
    public byte[] render(AlignedDocument aligned) throws IOException {
        String text = aligned.document().text();
        // a line per token: the token, " _ _ ", a tag of a few letters and a line break; room for all of it
        // at once, where twice the text's length was outgrown (and copied) by nearly every cable
        Utf8Buffer block = new Utf8Buffer(text.length() + 16 * aligned.tokenCount() + 64);
        block.putAscii(DOCSTART).putAscii("\n\n");
        int[] starts = aligned.tokenStarts();
        int[] ends = aligned.tokenEnds();
        char[] chars = text.toCharArray(); // tokens copied from an array, not asked of the string char by char
        aligned.forEachTaggedSentence(scheme, (number, from, to, tags) -> {
            for (int t = from; t < to; t++) {
                block.putUtf8(chars, starts[t], ends[t]).putAscii(" _ _ ").putUtf8(tags.get(t - from)).putAscii('\n');
            }
            block.putAscii('\n');
        });
        return block.toByteArray();
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        write(aligned, render(aligned), part);
    }

    @Override
    public void write(AlignedDocument aligned, byte[] rendered, SplitRatios.Part part) throws IOException {
        outputs.main(part).write(rendered);
    }
}
