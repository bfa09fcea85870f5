package cabletag.formats.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;

/** One streaming JSON generator per output stream, each object on its own line. */
final class JsonSupport {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Map<OutputStream, JsonGenerator> generators = new IdentityHashMap<>();

    JsonGenerator on(OutputStream stream) throws IOException {
        JsonGenerator generator = generators.get(stream);
        if (generator == null) {
            generator = FACTORY.createGenerator(stream, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
            generators.put(stream, generator);
        }
        return generator;
    }

    /** Ends a JSON line. */
    static void endLine(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
    }

    void flushAll() throws IOException {
        for (JsonGenerator generator : generators.values()) {
            generator.flush();
        }
    }
}
