package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.MetaValue;
import cabletag.core.SourceFormat;
import cabletag.formats.reader.BadLinesException;
import cabletag.formats.reader.FormatException;
import cabletag.formats.reader.TextLines;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON lines in any of their annotation shapes, judged line by line: spaCy/Prodigy
 * ({@code {"text", "spans": [{"start","end","label"}], "meta"}}), doccano ({@code {"text", "label":
 * [[start, end, "L"]]}}, {@code "entities": [{"start_offset", "end_offset", "label"}]}, older {@code "labels"}) and
 * spaCy's training tuples ({@code "entities": [[start, end, "L"]]}); {@link LineEntities} reads them. Offsets are code
 * points. Other fields are ignored, but for one that holds what looks like entities, which is named; a line that is
 * not JSON, or has no text, is reported with its line and column ({@link BadLinesException}) and the lines after it
 * are read on.
 */
final class JsonLinesReader {

    /**
     * Made on the first dataset line read, not when the reader is: every command makes the readers of all
     * formats, and this mapper loaded Jackson's object mapping on the main thread before the first cable was
     * read (0.22 s of a 4.6 s export of 24,000 text cables, none of them a dataset).
     */
    private static final class Json {
        // A number with a fraction or an exponent is kept as a BigDecimal with its digits (1.50 stays 1.50, not 1.5):
        // meta gives it back as it came, and an offset 3.0 is told from 3.0000000000000001.
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    /** How much of what follows a line's JSON object its problem shows, in code points: enough to recognise it. */
    private static final int TRAILING_SHOWN = 20;

    private static final java.util.regex.Pattern BAD_TOKEN = java.util.regex.Pattern.compile("^Unrecognized token '([^']*)'");

    /**
     * The fields this reader maps; "spans" and "label" are typed so that a value of the wrong kind inside them makes the
     * line bad, named by its path, as it always did. The entities themselves are read from the line's tree
     * ({@link LineEntities}), which reads "entities" and "labels" too.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(JsonNode id, String text, List<SpanField> spans, List<List<JsonNode>> label, Map<String, JsonNode> meta) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SpanField(JsonNode start, JsonNode end, JsonNode label, JsonNode text) { }

    List<Document> read(Path file, String name) throws IOException, FormatException {
        try (TextLines lines = TextLines.open(file)) {
            return read(lines, name);
        }
    }

    /** Reads the file from its content, already in memory. */
    List<Document> read(byte[] content, String name) throws IOException, FormatException {
        try (TextLines lines = TextLines.of(content)) {
            return read(lines, name);
        }
    }

    private List<Document> read(TextLines in, String name) throws IOException, FormatException {
        List<Document> documents = new ArrayList<>();
        List<DistinctIds.Wanted> wanted = new ArrayList<>();
        List<FormatException> badLines = new ArrayList<>();
        String base = baseName(name);
        while (true) {
            String text;
            try {
                text = in.next();
            } catch (TextLines.UndecodableLine bad) {
                // one bad byte costs its own line only: it was the whole file, named at 1:1
                badLines.add(bad.leftOut("this line is left out"));
                continue;
            }
            if (text == null) {
                break;
            }
            int lineNumber = in.number();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                Parsed parsed = parse(text, lineNumber);
                Line line = parsed.line();
                documents.add(document(line, parsed.tree(), parsed.documentLabel(), text, name, base, lineNumber));
                wanted.add(new DistinctIds.Wanted(documents.get(documents.size() - 1).id(), lineNumber, hasId(line)));
            } catch (FormatException bad) {
                badLines.add(bad); // read on: one bad line must not drop the good ones after it
            }
        }
        if (documents.isEmpty() && badLines.isEmpty()) {
            // an empty dataset gives nothing: said, or a folder holding one would lose it without a word
            throw new FormatException(1, 1, "no JSON line in this file: an empty dataset holds no document");
        }
        return BadLinesException.unlessBad(withDistinctIds(documents, wanted), badLines);
    }

    /** Whether the line gives an id: a null one is none, and the line is named after the file. */
    private static boolean hasId(Line line) {
        return line.id() != null && !line.id().isNull();
    }

    /**
     * The documents, each with an id no other document of the file has ({@link DistinctIds}), and the warnings
     * about the id it ends up with: a long id or one with a NUL is said of the id every export writes.
     */
    private static List<Document> withDistinctIds(List<Document> documents, List<DistinctIds.Wanted> wanted) {
        List<DistinctIds.Given> ids = DistinctIds.of(wanted);
        List<Document> distinct = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            DistinctIds.Given id = ids.get(i);
            List<Diagnostic> more = new ArrayList<>();
            if (id.warning() != null) {
                more.add(id.warning());
            }
            Offsets.checkId(id.id(), wanted.get(i).line(), more);
            if (more.isEmpty()) {
                distinct.add(document); // most documents: made once
                continue;
            }
            List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
            diagnostics.addAll(more);
            distinct.add(new Document(id.id(), document.source(), document.text(), document.spans(), document.metadata(),
                    diagnostics, document.givenTokens()));
        }
        return distinct;
    }

    /**
     * A line's fields, the line as a whole (its entities are read from it, under whichever key it gives them), and its
     * document's class where its "label" is a string (Prodigy's text classification), else null.
     */
    private record Parsed(Line line, JsonNode tree, String documentLabel) { }

    private static Parsed parse(String text, int lineNumber) throws IOException, FormatException {
        try {
            JsonNode tree;
            try (JsonParser parser = Json.MAPPER.createParser(text)) {
                // null only for no value at all, which a line that is not blank cannot be
                tree = java.util.Objects.<JsonNode>requireNonNullElse(Json.MAPPER.readTree(parser), MissingNode.getInstance());
                if (tree.isObject()) {
                    // a line that opens with no object is named as such: "found a string" says more about a
                    // pretty-printed line ("text": "x") than what follows its first string
                    trailingContent(text, (int) parser.currentLocation().getCharOffset(), lineNumber);
                }
            }
            String shape = JsonShape.problem(tree);
            if (shape != null) {
                throw new FormatException(lineNumber, 1, shape);
            }
            String documentLabel = null;
            if (tree.get("label") != null && tree.get("label").isTextual()) {
                // the document's class, not doccano's entities: taken out before the fields are mapped
                documentLabel = tree.get("label").asText();
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("label");
            }
            Line line = treeToLine(tree, lineNumber);
            if (line == null || line.text() == null) {
                throw new FormatException(lineNumber, 1, "a JSON line needs a \"text\" field");
            }
            String halfCharacter = unpairedSurrogate(line);
            if (halfCharacter == null && documentLabel != null) {
                halfCharacter = UnpairedSurrogate.problem("\"label\"", documentLabel);
            }
            if (halfCharacter != null) {
                throw new FormatException(lineNumber, 1, halfCharacter);
            }
            return new Parsed(line, tree, documentLabel);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            // Jackson stands just after a bad word; an editor should land on its first letter.
            java.util.regex.Matcher token = BAD_TOKEN.matcher(e.getOriginalMessage());
            if (token.find()) {
                column = Math.max(1, column - token.group(1).length());
            }
            // Jackson counts UTF-16 units; a column counts code points, so an emoji before it is one, not two
            column = text.codePointCount(0, Math.min(column - 1, text.length())) + 1;
            throw new FormatException(lineNumber, column, "not a JSON object with a \"text\" string: " + JsonShape.syntax(e.getOriginalMessage()));
        }
    }

    /**
     * Refuses anything but JSON white space after the line's object ({@code {…} trailing garbage}, a second
     * object): Jackson stops reading at the object's end, so the rest of the line went unread and unsaid, where
     * Python's {@code json.loads} refuses the line ("Extra data"). Named at its first character, in code points.
     */
    private static void trailingContent(String text, int objectEnd, int lineNumber) throws FormatException {
        int at = objectEnd;
        while (at < text.length() && isJsonWhiteSpace(text.charAt(at))) {
            at++;
        }
        if (at == text.length()) {
            return;
        }
        int shown = text.offsetByCodePoints(at, Math.min(TRAILING_SHOWN, text.codePointCount(at, text.length())));
        String excerpt = text.substring(at, shown) + (shown < text.length() ? "…" : "");
        throw new FormatException(lineNumber, text.codePointCount(0, at) + 1, "not a JSON object with a \"text\" string: '"
                + excerpt + "' comes after the end of the JSON object (a line holds one JSON object and nothing after it)");
    }

    /** JSON's own white space (RFC 8259): the only characters json.loads lets follow a value. */
    private static boolean isJsonWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Where a string the document keeps, and an export writes, holds half a surrogate pair: the text, the id and
     * meta's keys and values (not fields read past). Found
     * here, the line is named and left out, so no format ever gets it to change. A label is never kept with one
     * (it is no label name): its entity is dropped, see {@link SpanCollector#add}.
     */
    private static String unpairedSurrogate(Line line) {
        String problem = UnpairedSurrogate.problem("\"text\"", line.text());
        if (problem == null && line.id() != null && line.id().isTextual()) {
            problem = UnpairedSurrogate.problem("\"id\"", line.id().asText());
        }
        if (problem != null || line.meta() == null) {
            return problem;
        }
        for (Map.Entry<String, JsonNode> field : line.meta().entrySet()) {
            problem = UnpairedSurrogate.problem("a key of \"meta\"", field.getKey());
            if (problem == null) {
                problem = UnpairedSurrogate.problem("\"meta." + field.getKey() + "\"", metaValue(field.getValue()));
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** A meta value as the document keeps it: a string as itself, a number, list or object as its JSON; null for null. */
    private static String metaValue(JsonNode value) {
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    /** The line's fields; a value of the wrong type deep inside is named by its path, in plain words. */
    private static Line treeToLine(JsonNode tree, int lineNumber) throws FormatException {
        try {
            return Json.MAPPER.treeToValue(tree, Line.class);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            // Jackson's own words name this reader's classes and its tokens: the user needs the field
            throw new FormatException(lineNumber, 1, JsonShape.mismatch(tree, e.getPath()));
        } catch (JsonProcessingException e) {
            throw new FormatException(lineNumber, 1, "not a JSON object with a \"text\" string: " + JsonShape.syntax(e.getOriginalMessage()));
        }
    }

    /**
     * @param tree    the line, its entities read by {@link LineEntities}
     * @param written the line as written in the file, where a NUL of the text is named
     */
    private static Document document(Line line, JsonNode tree, String documentLabel, String written, String name, String base,
                                     int lineNumber) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Diagnostic nul = NulInJsonText.of(line.text(), written, lineNumber);
        if (nul != null) {
            diagnostics.add(nul);
        }
        String text = NulInJsonText.replaced(line.text());
        SpanCollector spans = new SpanCollector(text, diagnostics);
        SourceFormat format = LineEntities.read(tree, spans, text, lineNumber, diagnostics);
        Map<String, MetaValue> metadata = new LinkedHashMap<>();
        if (line.meta() != null) {
            // "source" is kept too: the file a document first came from (a cable exported, then read back) is its
            // provenance, which the jsonl export writes in place of this file's name. A null one names no file.
            line.meta().forEach((key, value) -> {
                if (!key.equals(SOURCE) || (value != null && !value.isNull())) {
                    metadata.put(key, value == null ? MetaValue.ofJson("null")
                            : value.isTextual() ? MetaValue.ofText(value.asText()) : MetaValue.ofJson(value.toString()));
                }
            });
        }
        if (documentLabel != null) {
            // a class of the whole document (Prodigy's text classification) is no entity: kept as meta's "label",
            // which the jsonl export writes and reads back; the line was refused whole ("label" must be a list)
            if (metadata.containsKey(DOCUMENT_LABEL)) {
                diagnostics.add(Diagnostic.dropped("document-label", lineNumber, 1, "the document's \"label\" '" + documentLabel
                        + "' is not kept: it is kept in \"meta\" as \"label\", and this line's \"meta\" has a \"label\" of its own"));
            } else {
                metadata.put(DOCUMENT_LABEL, MetaValue.ofText(documentLabel));
            }
        }
        // the id the line asks for: withDistinctIds gives another one if an earlier line has it, and checks it
        String id = hasId(line) ? line.id().asText() : base + "-" + lineNumber;
        // its places: the line it was read from, where the reader names its entities' problems too
        return new Document(id, DocumentSource.ofCleanText(name, format, text).withPlaces(cabletag.core.FilePlaces.line(lineNumber)),
                text, spans.spans(),
                metadata, diagnostics);
    }

    /** The meta field that names the file a document came from, kept from its line's meta when it gives one. */
    static final String SOURCE = "source";

    /** The meta field a document's class (a string "label" of its line) is kept in. */
    static final String DOCUMENT_LABEL = "label";

    static String baseName(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
