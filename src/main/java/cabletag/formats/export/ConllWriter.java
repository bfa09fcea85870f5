package cabletag.formats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * CoNLL-2003 columns: {@code token _ _ TAG} (token first, tag in the last column, the two unused POS
 * and chunk columns as {@code _}), a blank line after each sentence, {@code -DOCSTART- -X- -X- O}
 * and a blank line before each cable.
 */
final class ConllWriter implements DocumentWriter {

    static final String DOCSTART = "-DOCSTART- -X- -X- O";

    private final Outputs outputs;
    private final TagScheme scheme;
    private final Map<OutputStream, Writer> writers = new IdentityHashMap<>();

    ConllWriter(Outputs outputs, TagScheme scheme) {
        this.outputs = outputs;
        this.scheme = scheme;
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        OutputStream stream = outputs.main(part);
        Writer out = writers.computeIfAbsent(stream, s -> new OutputStreamWriter(s, StandardCharsets.UTF_8));
        out.write(DOCSTART);
        out.write("\n\n");
        String text = aligned.document().text();
        for (int s = 0; s < aligned.sentenceCount(); s++) {
            int from = aligned.sentenceStart(s);
            int to = aligned.sentenceEnd(s);
            if (from == to) {
                continue;
            }
            List<String> tags = scheme.encode(aligned.entities().get(s), to - from);
            for (int t = from; t < to; t++) {
                out.write(text, aligned.tokenStarts()[t], aligned.tokenEnds()[t] - aligned.tokenStarts()[t]);
                out.write(" _ _ ");
                out.write(tags.get(t - from));
                out.write('\n');
            }
            out.write('\n');
        }
    }

    @Override
    public void finish() throws IOException {
        for (Writer writer : writers.values()) {
            writer.flush();
        }
    }
}
