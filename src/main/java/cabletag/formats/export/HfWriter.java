package cabletag.formats.export;

import cabletag.formats.tokens.TagScheme;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hugging Face {@code datasets} JSON lines, one sentence per line:
 * {@code {"id": "cable-3", "tokens": [...], "ner_tags": [0, 1, 2, ...]}}, with the tag names (the
 * {@code ClassLabel} names) in {@code NAME.labels.json} beside the data. Tag numbers are given in order
 * of first appearance, all prefixes of a label at once, so a streaming export needs no second pass;
 * {@code O} is always 0.
 */
final class HfWriter implements DocumentWriter {

    static final String LABELS_SUFFIX = ".labels.json";

    private final Outputs outputs;
    private final TagScheme scheme;
    private final JsonSupport json = new JsonSupport();
    private final ExportIds ids = new ExportIds();
    private final List<String> names = new ArrayList<>(List.of(TagScheme.OUTSIDE));
    private final Map<String, Integer> numbers = new HashMap<>(Map.of(TagScheme.OUTSIDE, 0));

    HfWriter(Outputs outputs, TagScheme scheme) {
        this.outputs = outputs;
        this.scheme = scheme;
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        JsonGenerator out = json.on(outputs.main(part));
        String text = aligned.document().text();
        String id = ids.idOf(aligned.document());
        aligned.forEachTaggedSentence(scheme, (number, from, to, tags) -> {
            out.writeStartObject();
            out.writeStringField("id", id + "-" + number);
            out.writeArrayFieldStart("tokens");
            for (int t = from; t < to; t++) {
                out.writeString(text.substring(aligned.tokenStarts()[t], aligned.tokenEnds()[t]));
            }
            out.writeEndArray();
            out.writeArrayFieldStart("ner_tags");
            for (String tag : tags) {
                out.writeNumber(numberOf(tag));
            }
            out.writeEndArray();
            out.writeEndObject();
            JsonSupport.endLine(out);
        });
    }

    private int numberOf(String tag) {
        Integer number = numbers.get(tag);
        if (number != null) {
            return number;
        }
        String label = TagScheme.labelOf(tag);
        for (String prefix : scheme.prefixes()) {
            String name = prefix + "-" + label;
            numbers.put(name, names.size());
            names.add(name);
        }
        return numbers.get(tag);
    }

    @Override
    public List<String> tagNames() {
        return List.copyOf(names);
    }

    @Override
    public void finish() throws IOException {
        json.flushAll();
        OutputStream labels = outputs.beside(LABELS_SUFFIX);
        if (labels == null) {
            return; // standard output carries data only
        }
        JsonGenerator out = JsonSupport.FACTORY.createGenerator(labels);
        out.writeStartArray();
        for (String name : names) {
            out.writeString(name);
        }
        out.writeEndArray();
        out.writeRaw('\n');
        out.flush();
    }

    @Override
    public java.util.List<String> notes() {
        return ids.clashes();
    }
}
