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
            wrong = field(tree, "spans", JsonNode::isArray, "a list");
        }
        if (wrong == null) {
            wrong = field(tree, "label", JsonNode::isArray, "a list");
        }
        if (wrong == null) {
            wrong = field(tree, "meta", JsonNode::isObject, "an object");
        }
        return wrong;
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
