package cabletag.core.score;

import cabletag.core.Label;

/**
 * What the analyst changed, as a person reads it: the text and label as read, and as corrected. Texts
 * have their white space collapsed, so one name broken over two lines counts with the others.
 *
 * @param fromText  the text as read; null when nothing was tagged there (missed)
 * @param fromLabel its label; null likewise
 * @param toText    the corrected text; null when the entity was deleted (spurious)
 * @param toLabel   its label; null likewise
 */
public record Correction(String fromText, Label fromLabel, String toText, Label toLabel) {

    /** The correction an error stands for, with the texts taken from the cable. */
    public static Correction of(EntityError error, String text) {
        return new Correction(
                error.predicted() == null ? null : collapse(error.predicted().textIn(text)),
                error.predicted() == null ? null : error.predicted().label(),
                error.gold() == null ? null : collapse(error.gold().textIn(text)),
                error.gold() == null ? null : error.gold().label());
    }

    /** Every run of Unicode white space as one space: U+2028, U+2029, U+0085 and U+00A0 too, not only ASCII's. */
    static String collapse(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("(?U)\\s+");

    /** {@code `S` ORG → deleted}, {@code `Iranian` LOC → MISC}, {@code `Embassy` ORG → `US Embassy` ORG}, {@code `Rubaie` untagged → PER}. */
    public String describe() {
        if (fromText == null) {
            return quote(toText) + " untagged → " + toLabel.name();
        }
        if (toText == null) {
            return quote(fromText) + " " + fromLabel.name() + " → deleted";
        }
        if (fromText.equals(toText)) {
            return quote(fromText) + " " + fromLabel.name() + " → " + toLabel.name();
        }
        return quote(fromText) + " " + fromLabel.name() + " → " + quote(toText) + " " + toLabel.name();
    }

    private static String quote(String text) {
        return "`" + text + "`";
    }
}
