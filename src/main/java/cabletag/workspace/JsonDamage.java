package cabletag.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A file of the store's folder that is not JSON, in the words the problems pane uses for every such file
 * (a position file, the rejected suggestions): where the JSON breaks, not the parser's own message, which
 * runs over several lines and speaks of tokens and sources.
 */
public final class JsonDamage {

    private JsonDamage() {
    }

    /** {@code not JSON (line 1, column 9)}. */
    public static String notJson(JsonProcessingException e) {
        var at = e.getLocation();
        return "not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
}
