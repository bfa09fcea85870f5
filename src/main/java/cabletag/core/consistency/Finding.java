package cabletag.core.consistency;

import cabletag.core.Label;
import java.util.List;
import java.util.Map;

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
}
