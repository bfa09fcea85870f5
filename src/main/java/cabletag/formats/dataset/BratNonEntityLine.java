package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import java.util.regex.Pattern;

/**
 * A brat {@code .ann} line that is an annotation but no text-bound entity: a relation ({@code R1}), an
 * equivalence ({@code *}), an event ({@code E1}), an attribute ({@code A1}, or {@code M1} in older brat),
 * a normalisation ({@code N1}) or a note ({@code #1}). cabletag keeps text-bound entities only, so such a
 * line does not come through reading; it is named once, as annotation data lost (the commands exit 1 for
 * it, as for a dropped entity), rather than vanishing from an export of the folder without a word.
 */
final class BratNonEntityLine {

    static final String CODE = "not-an-entity";

    private static final Pattern LINE = Pattern.compile("[REAMN#*]\\S*\t.*", Pattern.DOTALL);

    private BratNonEntityLine() {
    }

    static boolean matches(String line) {
        return LINE.matcher(line).matches();
    }

    /** The warning for such a line: what kind it is, its id and type, and that it is not carried. */
    static Diagnostic notCarried(String line, int number) {
        String[] fields = line.split("\t", 3);
        String id = fields[0];
        String type = fields[1].trim().split("[ :]", 2)[0];
        return Diagnostic.dropped(CODE, number, 1, kind(id.charAt(0)) + " " + id + (type.isEmpty() ? "" : " (" + type + ")")
                + " is not carried: cabletag keeps text-bound entities (T lines) only; annotation dropped");
    }

    private static String kind(char first) {
        return switch (first) {
            case 'R' -> "relation";
            case '*' -> "equivalence relation";
            case 'E' -> "event";
            case 'A', 'M' -> "attribute";
            case 'N' -> "normalisation";
            default -> "note";
        };
    }
}
