package cabletag.core.consistency;

import cabletag.core.Label;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One consistency finding: what kind, a key that stays the same while the texts involved do (what a
 * dismissal remembers), a one-line message, how many places it covers, and the texts with their labels side
 * by side.
 *
 * @param kind        which of the three kinds
 * @param key         stable identity, e.g. {@code labels:security agreement}
 * @param message     one line for the analyst
 * @param occurrences the places it covers, tagged and untagged
 * @param texts       each raw text involved with its tagged counts per label and its untagged places
 */
public record Finding(Kind kind, String key, String message, int occurrences, List<Text> texts) {

    public Finding {
        texts = List.copyOf(texts);
    }

    public enum Kind {
        /** The same text (case and spaces aside) tagged with different labels. */
        LABELS("different labels"),
        /** A text tagged in one place and left untagged elsewhere, on whole tokens. */
        UNTAGGED("untagged elsewhere"),
        /** Texts probably naming the same entity: written in other case, or spelled otherwise. */
        VARIANTS("name variants");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One raw text of a finding: tagged places per label (in label order) and untagged places. */
    public record Text(String text, Map<Label, Integer> labels, int untagged) {

        public Text {
            labels = Map.copyOf(labels);
        }

        /** "ORG 1, MISC 1" in label order, then "untagged 3" when there are any. */
        public String summary() {
            StringBuilder out = new StringBuilder();
            labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(e.getKey()).append(' ').append(e.getValue());
            });
            if (untagged > 0) {
                out.append(out.length() > 0 ? ", " : "").append("untagged ").append(untagged);
            }
            return out.toString();
        }
    }

    /** The raw texts of this finding. */
    public List<String> rawTexts() {
        return texts.stream().map(Text::text).toList();
    }

    /**
     * The label most of its tagged places carry, all its texts together (a tie goes to the first in label
     * order): what "Relabel all to" and "Tag untagged as" most likely want. Empty when no place is tagged.
     */
    public Optional<Label> majorityLabel() {
        Label best = null;
        int most = 0;
        for (Map.Entry<Label, Integer> each : taggedPerLabel().entrySet()) {
            if (each.getValue() > most) {
                best = each.getKey();
                most = each.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Its labels in label order, then "untagged" when some place is: "LOC/untagged", "MISC/ORG". */
    public String labelSummary() {
        List<String> parts = new java.util.ArrayList<>(taggedPerLabel().keySet().stream().map(Label::name).toList());
        if (texts.stream().anyMatch(text -> text.untagged() > 0)) {
            parts.add("untagged");
        }
        return String.join("/", parts);
    }

    /** Tagged places per label, all texts together, in label order. */
    private Map<Label, Integer> taggedPerLabel() {
        Map<Label, Integer> totals = new TreeMap<>();
        for (Text text : texts) {
            text.labels().forEach((label, count) -> totals.merge(label, count, Integer::sum));
        }
        return totals;
    }
}
