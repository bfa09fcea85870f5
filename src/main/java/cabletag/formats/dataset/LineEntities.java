package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.core.SourceFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one JSON line, under whichever key its tool wrote them: spaCy/Prodigy's {@code "spans"}
 * ({@code {"start", "end", "label"}}), doccano's {@code "label"} ({@code [start, end, "PER"]}), doccano 1.x and later's
 * {@code "entities"} ({@code {"start_offset", "end_offset", "label"}}) or spaCy's training tuples under the same key
 * ({@code [start, end, "PER"]}), and older doccano's {@code "labels"} ({@code [start, end, "PER"]}). Offsets are code
 * points in all. Only "spans" and "label" were read, so a doccano export of today lost every entity without a word.
 *
 * <p>A line's entities are read from one key: the first of {@link #KEYS} that has any. Each entry of another of them
 * that no entity read says too (same offsets, same label) is named as not read, as is a key of another name that
 * holds what looks like entities, and doccano's relations, which cabletag does not carry: nothing is left unsaid.
 */
final class LineEntities {

    /** The keys read, in the order one is chosen. */
    static final List<String> KEYS = List.of("spans", "label", "entities", "labels");

    /** Where an entry of "label" beside "spans" is named, as it was before the other keys were read. */
    private static final String LABEL_BESIDE_SPANS = "label-beside-spans";

    /** Where an entry of any other key not read is named, and a key of another name holding entities. */
    static final String UNREAD = "unread-entities";

    /** The names a key of entity-like objects gives its label under, to tell them from Prodigy's tokens (no label). */
    private static final Set<String> LABEL_FIELDS = Set.of("label", "type", "tag", "entity", "entity_group", "ner");

    /** The pairs of offset names an entity-like object may give. */
    private static final List<String[]> OFFSET_FIELDS = List.of(new String[] {"start", "end"},
            new String[] {"start_offset", "end_offset"}, new String[] {"start_char", "end_char"},
            new String[] {"startOffset", "endOffset"}, new String[] {"begin", "end"});

    /** The fields of a line that are no entities whatever they hold. */
    private static final Set<String> NOT_ENTITIES = Set.of("text", "id", "meta", "relations", "tokens");

    private LineEntities() {
    }

    /** An entity as a line writes it: its offsets, label and own text as given (each may be null), or why it is none. */
    private record Entry(JsonNode start, JsonNode end, JsonNode label, JsonNode text, String problem) {

        static Entry bad(String problem) {
            return new Entry(null, null, null, null, problem);
        }
    }

    /**
     * Reads the line's entities into {@code spans} and names what it does not read; returns the format the document
     * was written in, told by the key read (JSONL for "spans", spaCy's tuples and a line with none).
     */
    static SourceFormat read(JsonNode line, SpanCollector spans, String text, int lineNumber, List<Diagnostic> diagnostics) {
        String chosen = chosenKey(line);
        Set<String> read = new HashSet<>();
        boolean doccano = false;
        if (chosen != null) {
            JsonNode entries = line.get(chosen);
            doccano = !chosen.equals("spans") && !(chosen.equals("entities") && entries.size() > 0 && entries.get(0).isArray());
            for (JsonNode written : entries) {
                Entry entry = entry(chosen, written);
                if (entry.problem() != null) {
                    diagnostics.add(Diagnostic.dropped("bad-entity", lineNumber, 1, entry.problem()));
                    continue;
                }
                readInto(entry, spans, text, lineNumber, diagnostics);
                read.add(entityKey(entry.start(), entry.end(), entry.label()));
            }
        }
        for (String key : KEYS) {
            JsonNode value = line.get(key);
            if (key.equals(chosen) || value == null || value.isNull() || (key.equals("label") && value.isTextual())) {
                continue;
            }
            if (!value.isArray()) {
                // "spans" and "label" of another kind make the line bad (JsonShape); these two were never read, and a
                // line that holds something else under one keeps its text
                diagnostics.add(Diagnostic.dropped(UNREAD, lineNumber, 1, "\"" + key + "\" is " + JsonShape.kind(value)
                        + ", not a list of entities; not read"));
                continue;
            }
            for (JsonNode written : value) {
                Entry entry = entry(key, written);
                if (entry.problem() == null && read.contains(entityKey(entry.start(), entry.end(), entry.label()))) {
                    continue; // says what an entity read says: nothing is lost
                }
                diagnostics.add(notRead(key, chosen, written, lineNumber));
            }
        }
        unknownKeys(line, read, lineNumber, diagnostics);
        relations(line, lineNumber, diagnostics);
        return doccano ? SourceFormat.DOCCANO : SourceFormat.JSONL;
    }

    /** The first key of {@link #KEYS} with entries; else the first there at all (a line of "label": [] is doccano's). */
    private static String chosenKey(JsonNode line) {
        String present = null;
        for (String key : KEYS) {
            JsonNode value = line.get(key);
            if (value != null && value.isArray()) {
                if (value.size() > 0) {
                    return key;
                }
                present = present == null ? key : present;
            }
        }
        return present;
    }

    private static void readInto(Entry entry, SpanCollector spans, String text, int lineNumber, List<Diagnostic> diagnostics) {
        Long start = Offsets.read(entry.start(), "start", lineNumber, diagnostics, spans.codePointLength());
        Long end = Offsets.read(entry.end(), "end", lineNumber, diagnostics, spans.codePointLength());
        String label = start == null || end == null ? null : label(entry.label(), start, end, lineNumber, diagnostics);
        if (label == null) {
            return;
        }
        // a span's own "text" (Prodigy, spaCy, an entity object that has one) is set against what its offsets cover
        String given = entry.text() != null && entry.text().isTextual() ? entry.text().asText() : null;
        long from = start;
        long to = end;
        spans.add(start, end, label, lineNumber, 1, given == null ? null
                : kept -> SpanText.mismatch(given, text, kept.start(), kept.end(), from, to, lineNumber, 1));
    }

    /** An entry of {@code key} as an entity, or why it is none: in the words each key's shape was named in before. */
    private static Entry entry(String key, JsonNode written) {
        boolean object = written != null && written.isObject();
        if (key.equals("spans")) {
            return object && Offsets.isOffset(written.get("start")) && Offsets.isOffset(written.get("end"))
                    ? new Entry(written.get("start"), written.get("end"), written.get("label"), written.get("text"), null)
                    : Entry.bad("a span without start or end; entity dropped");
        }
        if (key.equals("entities") && object) {
            return Offsets.isOffset(written.get("start_offset")) && Offsets.isOffset(written.get("end_offset"))
                    ? new Entry(written.get("start_offset"), written.get("end_offset"), written.get("label"), written.get("text"), null)
                    : Entry.bad("\"entities\" entry " + shown(written) + " has no start_offset or end_offset; entity dropped");
        }
        if (written != null && written.isArray() && written.size() >= 3
                && Offsets.isOffset(written.get(0)) && Offsets.isOffset(written.get(1))) {
            return new Entry(written.get(0), written.get(1), written.get(2), null, null);
        }
        String named = key.equals("label") ? "label entry " : "\"" + key + "\" entry ";
        String shape = key.equals("entities") ? "neither {\"start_offset\", \"end_offset\", \"label\"} nor [start, end, \"LABEL\"]"
                : "not [start, end, \"LABEL\"]";
        return Entry.bad(named + shown(written) + " is " + shape + "; entity dropped");
    }

    private static Diagnostic notRead(String key, String chosen, JsonNode written, int lineNumber) {
        if (key.equals("label") && "spans".equals(chosen)) {
            return Diagnostic.dropped(LABEL_BESIDE_SPANS, lineNumber, 1, "\"label\" entry " + shown(written)
                    + " is not read: this line's entities are its \"spans\" (a line is read as spaCy/Prodigy or as doccano,"
                    + " not both); entity dropped");
        }
        return Diagnostic.dropped(UNREAD, lineNumber, 1, "\"" + key + "\" entry " + shown(written) + " is not read: this line's"
                + " entities are its \"" + chosen + "\" (a line's entities are read from the first of " + keysNamed()
                + " that has any); entity dropped");
    }

    /**
     * Names a key of another name that holds what looks like entities ({@code "ents": [[0, 3, "PER"]]}, objects with
     * offsets and a label), once, with how many of its entries no entity read says too: a tool's own key was read past
     * without a word. Prodigy's "tokens" (offsets, no label) are no entities.
     */
    private static void unknownKeys(JsonNode line, Set<String> read, int lineNumber, List<Diagnostic> diagnostics) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = line.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (KEYS.contains(key) || NOT_ENTITIES.contains(key) || !field.getValue().isArray()) {
                continue;
            }
            int unread = 0;
            for (JsonNode written : field.getValue()) {
                String entity = entityLike(written);
                if (entity != null && !read.contains(entity)) {
                    unread++;
                }
            }
            if (unread > 0) {
                diagnostics.add(Diagnostic.dropped(UNREAD, lineNumber, 1, "\"" + key + "\" holds " + unread
                        + (unread == 1 ? " entry that looks" : " entries that look") + " like an entity (offsets and a label),"
                        + " which " + (unread == 1 ? "is" : "are") + " not read: entities are read from " + keysNamed()
                        + "; annotation dropped"));
            }
        }
    }

    /** The key of an entry that looks like an entity ({@link #entityKey}), or null. */
    private static String entityLike(JsonNode written) {
        if (written.isArray()) {
            return written.size() >= 3 && written.get(0).isIntegralNumber() && written.get(1).isIntegralNumber()
                    && written.get(2).isTextual() ? entityKey(written.get(0), written.get(1), written.get(2)) : null;
        }
        if (!written.isObject()) {
            return null;
        }
        JsonNode label = null;
        for (String name : LABEL_FIELDS) {
            if (written.has(name) && written.get(name).isTextual()) {
                label = written.get(name);
                break;
            }
        }
        for (String[] pair : OFFSET_FIELDS) {
            if (label != null && Offsets.isOffset(written.get(pair[0])) && Offsets.isOffset(written.get(pair[1]))) {
                return entityKey(written.get(pair[0]), written.get(pair[1]), label);
            }
        }
        return null;
    }

    /** doccano's relations, which cabletag does not carry (as brat's R lines are not): named once when there are any. */
    private static void relations(JsonNode line, int lineNumber, List<Diagnostic> diagnostics) {
        JsonNode relations = line.get("relations");
        if (relations != null && relations.isArray() && relations.size() > 0) {
            diagnostics.add(Diagnostic.dropped(BratNonEntityLine.CODE, lineNumber, 1, "\"relations\" holds " + relations.size()
                    + (relations.size() == 1 ? " relation, which is" : " relations, which are")
                    + " not carried: cabletag keeps entities only; annotation dropped"));
        }
    }

    private static String keysNamed() {
        return "\"spans\", \"label\", \"entities\", \"labels\"";
    }

    /** An entry as a warning shows it: a list as Java lists print ({@code [0, 3, "PER"]}, as it always was), else its JSON. */
    private static String shown(JsonNode written) {
        if (written == null || written.isNull()) {
            return "null";
        }
        if (!written.isArray()) {
            return written.toString();
        }
        List<String> items = new ArrayList<>();
        written.forEach(item -> items.add(item.toString()));
        return "[" + String.join(", ", items) + "]";
    }

    /** An entity as a line writes it, to tell two ways of writing one entity: offsets by value, the label as read. */
    private static String entityKey(JsonNode start, JsonNode end, JsonNode label) {
        return offsetKey(start) + ":" + offsetKey(end) + ":"
                + (label != null && label.isTextual() ? label.asText().trim().toUpperCase(Locale.ROOT) : String.valueOf(label));
    }

    private static String offsetKey(JsonNode offset) {
        if (offset != null && offset.isNumber()) {
            return offset.decimalValue().stripTrailingZeros().toPlainString();
        }
        return offset != null && offset.isTextual() ? offset.asText().trim() : String.valueOf(offset);
    }

    /**
     * An entity's label as its line gives it, or null with a warning: a span with no label, or a null one, is said
     * to have none (it was named as the label 'null', and doccano's [0, 3, null] was read as the label NULL); a
     * number or true is no label either (true was read as TRUE).
     */
    private static String label(JsonNode label, long start, long end, int lineNumber, List<Diagnostic> diagnostics) {
        if (label != null && label.isTextual()) {
            return label.asText();
        }
        String why = label == null || label.isNull() ? "has no label"
                : "has the label " + label + ", which is not a string";
        diagnostics.add(Diagnostic.dropped("bad-label", lineNumber, 1, "entity [" + start + ", " + end + ") " + why + "; entity dropped"));
        return null;
    }
}
