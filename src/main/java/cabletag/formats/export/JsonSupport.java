package cabletag.formats.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One streaming JSON generator per output stream, each object on its own line. U+2028, U+2029 and
 * U+0085 are written as JSON's six-character escapes (backslash, u, 2028): JSON allows them raw, but
 * Python's {@code str.splitlines()} breaks lines there (and JavaScript at the first two), which would
 * cut a document in two. The other characters it breaks at are controls, which JSON always escapes.
 */
final class JsonSupport {

    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new LineSeparatorEscapes())
            .build();

    /** JSON's standard escapes, plus the line and paragraph separators and NEL. */
    static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
        private static final SerializableString NEXT_LINE = new SerializedString("\\u0085");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE;
                case 0x2029 -> PARAGRAPH;
                case 0x85 -> NEXT_LINE;
                default -> null;
            };
        }
    }

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
