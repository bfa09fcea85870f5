package cabletag.formats.export;

import cabletag.formats.tokens.TagScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

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

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        OutputStream out = outputs.main(part);
        // One cable is built in memory and handed over at once: far fewer calls through the encoder.
        StringBuilder block = new StringBuilder(aligned.document().text().length() * 2 + 64);
        block.append(DOCSTART).append("\n\n");
        String text = aligned.document().text();
        int[] starts = aligned.tokenStarts();
        int[] ends = aligned.tokenEnds();
        aligned.forEachTaggedSentence(scheme, (number, from, to, tags) -> {
            for (int t = from; t < to; t++) {
                block.append(text, starts[t], ends[t]).append(" _ _ ").append(tags.get(t - from)).append('\n');
            }
            block.append('\n');
        });
        out.write(block.toString().getBytes(StandardCharsets.UTF_8));
    }

}
