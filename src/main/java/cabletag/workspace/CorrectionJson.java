package cabletag.workspace;

import cabletag.core.Label;
import cabletag.core.Span;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * One cable's store file as JSON (format version 3), kept apart from the live model. Reading is
 * strict: a file that is not whole and valid is unreadable, and then {@link #salvage} takes out of it
 * whatever is still whole (the status, every complete span), so nothing readable is dropped.
 * Versions 1 and 2 are migrated on reading (ADR 0004, ADR 0008).
 */
final class CorrectionJson {

    static final int CURRENT_VERSION = 3;
    /** The field that says by which rules of reading the offsets were counted (absent: 1). */
    static final String READING_GENERATION = "readingGeneration";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private CorrectionJson() {
    }

    /** A file that could not be read, and what could still be taken out of it (null when nothing). */
    static final class Unreadable extends IOException {
        private final transient StoredCorrection salvaged;

        Unreadable(String reason, StoredCorrection salvaged) {
            super(reason);
            this.salvaged = salvaged;
        }

        StoredCorrection salvaged() {
            return salvaged;
        }
    }

    /** The stored correction, or {@link Unreadable} saying why not (with what could be saved). */
    static StoredCorrection parse(byte[] bytes) throws Unreadable {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException broken
                    ? "it is " + JsonDamage.notJson(broken) // where it breaks, as for a position file; not the parser's words
                    : "it is not valid JSON (" + firstLine(e.getMessage()) + ")";
            throw new Unreadable(reason, salvage(bytes));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new Unreadable(tree == null || tree.isMissingNode() ? "it is empty" : "it holds no JSON object", null);
        }
        List<String> errors = new ArrayList<>();
        StoredCorrection read = fromTree(object, errors);
        if (!errors.isEmpty()) {
            throw new Unreadable(errors.get(0), read != null && (read.size() > 0 || read.status() != ReviewStatus.NEW) ? read : null);
        }
        return read;
    }

    /**
     * What a damaged file still holds: the fields and the spans that were whole before the damage
     * (a truncated file keeps its first spans). Null when nothing of use is left.
     */
    static StoredCorrection salvage(byte[] bytes) {
        ObjectNode partial = partialTree(bytes);
        if (partial == null) {
            return null;
        }
        StoredCorrection read = fromTree(partial, new ArrayList<>());
        return read != null && (read.size() > 0 || partial.has("status")) ? read : null;
    }

    /**
     * Reads the tree the lenient way: the containers built until the first error, each holding the
     * members that were complete by then.
     */
    private static ObjectNode partialTree(byte[] bytes) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        ObjectNode root = null;
        String field = null;
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> field = parser.currentName();
                    case START_OBJECT, START_ARRAY -> {
                        ContainerNode<?> container = token == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode();
                        if (open.isEmpty()) {
                            if (!(container instanceof ObjectNode object)) {
                                return null;
                            }
                            root = object;
                        }
                        open.push(container);
                        names.push(field == null ? "" : field);
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        ContainerNode<?> done = open.pop();
                        String name = names.pop();
                        if (!open.isEmpty()) {
                            add(open.peek(), name, done); // attached only once whole
                        }
                    }
                    default -> {
                        if (!open.isEmpty()) {
                            add(open.peek(), field, parser.readValueAsTree());
                        }
                        field = null;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // damaged from here on: keep what was whole, attach the open containers' whole members
        }
        while (open.size() > 1) {
            ContainerNode<?> done = open.pop();
            String name = names.pop();
            if (done instanceof ArrayNode) {
                add(open.peek(), name, done); // a list cut short keeps its whole elements
            }
        }
        return root;
    }

    private static void add(ContainerNode<?> parent, String name, JsonNode value) {
        if (parent instanceof ObjectNode object && name != null) {
            object.set(name, value);
        } else if (parent instanceof ArrayNode array) {
            array.add(value);
        }
    }

    /** Builds the correction from a tree of any known version; each field that is not valid is an error. */
    private static StoredCorrection fromTree(ObjectNode file, List<String> errors) {
        JsonNode versionNode = file.get("version");
        if (versionNode == null || !versionNode.canConvertToExactIntegral()) {
            errors.add("it has no store format \"version\"");
            return null;
        }
        int version = versionNode.asInt();
        if (version < 1 || version > CURRENT_VERSION) {
            errors.add("its store format version " + version + " is unknown (this cabletag reads versions 1 to "
                    + CURRENT_VERSION + ")");
            return null;
        }
        String document = text(file, "document", errors, true);
        String id = text(file, "id", errors, false);
        String path = version >= 3 ? text(file, "path", errors, true) : null;
        String sha = text(file, version == 1 ? "sha256" : "sourceSha256", errors, false);
        ReviewStatus status = version == 1
                ? (file.path("reviewed").asBoolean(false) ? ReviewStatus.REVIEWED : ReviewStatus.IN_PROGRESS)
                : status(file, errors);
        List<StoredSpan> removed = spans(file, "removed", version, errors);
        List<StoredSpan> added = spans(file, "added", version, errors);
        int generation = readingGeneration(file, errors);
        if (document == null) {
            document = path != null ? path.substring(path.lastIndexOf('/') + 1) : "";
        }
        return new StoredCorrection(path, document, id, sha, status, removed, added, generation, null);
    }

    /**
     * Which rules of reading gave the clean text the offsets count ({@code ReadingRules.GENERATION} when written).
     * A file without it was written before it was kept, by a cabletag of the first rules: generation 1. Added to
     * version 3 without raising it: a cabletag that does not know the field reads the file as before.
     */
    private static int readingGeneration(ObjectNode file, List<String> errors) {
        JsonNode node = file.get(READING_GENERATION);
        if (node == null || node.isNull()) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            errors.add("its \"" + READING_GENERATION + "\" is not a whole number from 1 on");
            return 1;
        }
        return node.asInt();
    }

    private static String text(ObjectNode file, String name, List<String> errors, boolean required) {
        JsonNode node = file.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add("it has no \"" + name + "\"");
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add("its \"" + name + "\" is not a string");
            return null;
        }
        return node.asText();
    }

    private static ReviewStatus status(ObjectNode file, List<String> errors) {
        JsonNode node = file.get("status");
        if (node == null || node.isNull()) {
            return ReviewStatus.IN_PROGRESS;
        }
        try {
            return ReviewStatus.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("its review status \"" + node.asText() + "\" is unknown");
            return ReviewStatus.IN_PROGRESS;
        }
    }

    private static List<StoredSpan> spans(ObjectNode file, String name, int version, List<String> errors) {
        JsonNode list = file.get(name);
        List<StoredSpan> spans = new ArrayList<>();
        if (list == null || list.isNull()) {
            return spans;
        }
        if (!list.isArray()) {
            errors.add("its \"" + name + "\" is not a list");
            return spans;
        }
        int position = 0;
        for (JsonNode each : list) {
            position++;
            JsonNode start = version == 1 ? each.get(0) : each.get("start");
            JsonNode end = version == 1 ? each.get(1) : each.get("end");
            JsonNode label = version == 1 ? each.get(2) : each.get("label");
            JsonNode text = version == 1 ? null : each.get("text");
            String where = "\"" + name + "\" entry " + position;
            if (start == null || end == null || !start.isIntegralNumber() || !end.isIntegralNumber()
                    || !start.canConvertToInt() || !end.canConvertToInt()) {
                errors.add(where + " has no whole-number start and end");
                continue;
            }
            if (label == null || !label.isTextual()) {
                errors.add(where + " has no label");
                continue;
            }
            if (text != null && !text.isNull() && !text.isTextual()) {
                errors.add(where + " has a \"text\" that is not a string");
                continue;
            }
            try {
                Span span = new Span(start.asInt(), end.asInt(), Label.of(label.asText()));
                spans.add(new StoredSpan(span, text == null || text.isNull() ? null : text.asText()));
            } catch (IllegalArgumentException e) {
                errors.add(where + " is not a valid span: " + e.getMessage());
            }
        }
        return spans;
    }

    static byte[] toJson(StoredCorrection correction) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.setPrettyPrinter(new DefaultPrettyPrinter());
            out.writeStartObject();
            out.writeNumberField("version", CURRENT_VERSION);
            out.writeStringField("path", correction.path());
            out.writeStringField("document", correction.document());
            if (correction.id() != null) {
                out.writeStringField("id", correction.id());
            }
            if (correction.sourceSha256() != null) {
                out.writeStringField("sourceSha256", correction.sourceSha256());
            }
            out.writeStringField("status", correction.status().name());
            out.writeNumberField(READING_GENERATION, correction.readingGeneration());
            writeSpans(out, "removed", correction.removed());
            writeSpans(out, "added", correction.added());
            out.writeStringField("savedAt", Instant.now().toString());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void writeSpans(JsonGenerator out, String name, List<StoredSpan> spans) throws IOException {
        out.writeArrayFieldStart(name);
        for (StoredSpan stored : spans) {
            out.writeStartObject();
            out.writeNumberField("start", stored.span().start());
            out.writeNumberField("end", stored.span().end());
            out.writeStringField("label", stored.span().label().name());
            if (stored.text() != null) {
                out.writeStringField("text", stored.text());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
