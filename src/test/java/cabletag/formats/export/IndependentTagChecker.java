package cabletag.formats.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A tag-sequence checker written from the scheme definitions alone, without the codec, so tests of
 * exported files do not trust the code that wrote them. Returns one message per offending position.
 */
final class IndependentTagChecker {

    private IndependentTagChecker() {
    }

    static List<String> problems(List<String> tags, boolean bioes) {
        List<String> problems = new ArrayList<>();
        String previous = "O";
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!tag.equals("O") && !tag.matches(bioes ? "[BIES]-[A-Z][A-Z0-9_-]*" : "[BI]-[A-Z][A-Z0-9_-]*")) {
                problems.add(i + ": malformed " + tag);
                previous = tag;
                continue;
            }
            char kind = tag.charAt(0);
            char previousKind = previous.charAt(0);
            String label = tag.length() > 2 ? tag.substring(2) : "";
            String previousLabel = previous.length() > 2 ? previous.substring(2) : "";
            boolean previousOpen = bioes ? (previousKind == 'B' || previousKind == 'I') : previousKind != 'O';
            if (kind == 'I' || kind == 'E') {
                if (!previousOpen || !previousLabel.equals(label)) {
                    problems.add(i + ": " + tag + " after " + previous);
                }
            } else if (bioes && previousOpen) {
                problems.add(i + ": " + tag + " while " + previous + " is unfinished");
            }
            previous = tag;
        }
        if (bioes && !tags.isEmpty() && (previous.startsWith("B-") || previous.startsWith("I-"))) {
            problems.add("end: " + previous + " unfinished");
        }
        return problems;
    }
}
