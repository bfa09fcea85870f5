package cabletag.core.consistency;

import cabletag.core.Label;

/**
 * One place of a finding: a cable, the range (UTF-16 inside the program, code points for output, end
 * exclusive), the text there, its label (null when untagged), and its 1-based line and column in the
 * cable's source.
 */
public record Place(int cable, String cableName, int start, int end, int startCodePoint, int endCodePoint,
                    String text, Label label, int line, int column) {

    public boolean isTagged() {
        return label != null;
    }
}
