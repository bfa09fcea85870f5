package cabletag.formats.dataset;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Says in plain words how a JSON line's shape is not that of an annotated document ("expected a JSON
 * object, found an array", "\"spans\" must be a list, found a string"): Jackson's own messages name
 * this reader's classes and its token types, which tell the user nothing about their file.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** Null when the line is an object whose known fields have the right kinds of value; else what is wrong. */
    static String problem(JsonNode tree) {
        if (!tree.isObject()) {
            return "expected a JSON object, found " + kind(tree);
        }
        String wrong = field(tree, "text", JsonNode::isTextual, "a string");
        if (wrong == null) {
            // an array or object id was read as "" (and brat named its files document.txt), true as "true"
            wrong = field(tree, "id", id -> id.isTextual() || id.isNumber(), "a string or a number");
        }
        if (wrong == null) {
            wrong = fractionalId(tree.get("id"));
        }
        if (wrong == null) {
            wrong = field(tree, "spans", JsonNode::isArray, "a list");
        }
        if (wrong == null) {
            // a string is a document's class (Prodigy's text classification: "label": "NEWS"), kept in its meta
            wrong = field(tree, "label", label -> label.isArray() || label.isTextual(),
                    "a list (doccano's entities) or a string (the document's class)");
        }
        if (wrong == null) {
            wrong = field(tree, "meta", JsonNode::isObject, "an object");
        }
        return wrong;
    }

    /**
     * A number id is kept as its digits, and those of 1.50 or 1e3 are read as 1.5 and 1000.0: the id the export
     * wrote was another one, without a word. Null for any other id.
     */
    private static String fractionalId(JsonNode id) {
        if (id == null || !id.isNumber() || id.isIntegralNumber()) {
            return null;
        }
        // as JSON readers take it (Python's json a float, whose text is that of a double), not as this one keeps it
        return "\"id\" is a number with a fraction or an exponent, read as " + id.doubleValue()
                + ", not as the file writes it; write the id as a string or a whole number";
    }

    private static String field(JsonNode tree, String name, java.util.function.Predicate<JsonNode> right, String expected) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull() || right.test(value)) {
            return null;
        }
        return "\"" + name + "\" must be " + expected + ", found " + kind(value);
    }

    /** A value of the wrong kind deeper in (an entry of "spans" that is a string): named by its path. */
    static String mismatch(JsonNode tree, List<JsonMappingException.Reference> path) {
        StringBuilder where = new StringBuilder();
        JsonNode at = tree;
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                where.append(where.length() == 0 ? "" : ".").append(step.getFieldName());
                at = at == null ? null : at.get(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                where.append('[').append(step.getIndex()).append(']');
                at = at == null ? null : at.get(step.getIndex());
            }
        }
        String found = at == null ? "" : ", found " + kind(at);
        return where.length() == 0 ? "not an annotated document (a JSON object with a \"text\" string)"
                : "\"" + where + "\" is not the kind of value expected there" + found;
    }

    /** Jackson's note of where in its input a token started: "(start marker at [Source: …; line: 1, column: 1])". */
    private static final java.util.regex.Pattern SOURCE_NOTE =
            java.util.regex.Pattern.compile("\\s*\\([^()\\[]*\\[Source: .*?\\]\\)|\\s*(?:at )?\\[Source: .*?\\]", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern UNCLOSED =
            java.util.regex.Pattern.compile("^Unexpected end-of-input: expected close marker for (Object|Array)");
    private static final java.util.regex.Pattern STRAY_CLOSE =
            java.util.regex.Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");

    /**
     * A JSON syntax error of a line in plain words: Jackson's message without its notes of where in its own
     * input a token started (they name its settings, "Source: REDACTED (`StreamReadFeature…` disabled)", and
     * a line of their own count, while the problem line gives the file's line and column), and its words for
     * a line that ends inside an object or closes what was never opened put as the user sees their file.
     */
    static String syntax(String jacksonMessage) {
        String plain = SOURCE_NOTE.matcher(jacksonMessage).replaceAll("").strip();
        java.util.regex.Matcher unclosed = UNCLOSED.matcher(plain);
        if (unclosed.find()) {
            return "the line ends inside a JSON " + (unclosed.group(1).equals("Object") ? "object" : "array")
                    + " that is not closed (each document is one JSON object on one line)";
        }
        java.util.regex.Matcher stray = STRAY_CLOSE.matcher(plain);
        if (stray.find()) {
            return "'" + stray.group(1) + "' closes nothing that was opened on this line";
        }
        return plain;
    }

    static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
