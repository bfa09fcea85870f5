package cabletag.formats.export;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * BIOES (a.k.a. IOBES, BILOU): single-token entities are {@code S-}, longer ones run
 * {@code B- I-* E-}; {@code O} outside.
 */
final class BioesScheme implements TagScheme {

    @Override
    public String name() {
        return "bioes";
    }

    @Override
    public List<String> prefixes() {
        return List.of("B", "I", "E", "S");
    }

    private final java.util.Map<Label, java.util.Map<String, String>> tagCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code B-PER} and friends, made once per label rather than once per token. */
    private String tag(String prefix, Label label) {
        return tagCache.computeIfAbsent(label, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(prefix, p -> p + "-" + label.name());
    }

    @Override
    public List<String> encode(List<TokenSpan> spans, int tokenCount) {
        String[] tags = new String[tokenCount];
        Arrays.fill(tags, OUTSIDE);
        for (TokenSpan span : spans) {
            Label label = span.label();
            if (span.end() - span.first() == 1) {
                tags[span.first()] = tag("S", label);
                continue;
            }
            tags[span.first()] = tag("B", label);
            for (int i = span.first() + 1; i < span.end() - 1; i++) {
                tags[i] = tag("I", label);
            }
            tags[span.end() - 1] = tag("E", label);
        }
        return Arrays.asList(tags);
    }

    @Override
    public List<TokenSpan> decode(List<String> tags) {
        // Lenient like conlleval: a run is tokens of one label that started with B or S (or a stray I/E);
        // it closes after E or S, or when the label changes, or at O/B/S.
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
            String prefix = TagScheme.prefixOf(tag);
            String tagLabel = TagScheme.labelOf(tag);
            boolean inside = prefix.equals("I") || prefix.equals("E");
            if (start >= 0 && !(inside && Objects.equals(tagLabel, label))) {
                spans.add(new TokenSpan(start, i, Label.of(label)));
                start = -1;
            }
            if (tagLabel == null || !(inside || prefix.equals("B") || prefix.equals("S"))) {
                continue;
            }
            if (start < 0) {
                start = i;
                label = tagLabel;
            }
            if (prefix.equals("E") || prefix.equals("S")) {
                spans.add(new TokenSpan(start, i + 1, Label.of(label)));
                start = -1;
            }
        }
        return spans;
    }

    @Override
    public Optional<Problem> validate(List<String> tags) {
        String open = null; // label of the entity begun with B- and not yet ended
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String prefix = TagScheme.prefixOf(tag);
            String label = TagScheme.labelOf(tag);
            boolean known = tag.equals(OUTSIDE) || (label != null && Label.isValidName(label)
                    && (prefix.equals("B") || prefix.equals("I") || prefix.equals("E") || prefix.equals("S")));
            if (!known) {
                return Optional.of(new Problem(i, "'" + tag + "' is not a BIOES tag"));
            }
            boolean continuing = prefix.equals("I") || prefix.equals("E");
            if (open != null && !(continuing && open.equals(label))) {
                return Optional.of(new Problem(i, "'" + tag + "' inside an unfinished " + open + " entity; it must end with E-" + open));
            }
            if (open == null && continuing) {
                return Optional.of(new Problem(i, "'" + tag + "' outside an entity; an entity starts with B- or S-"));
            }
            if (prefix.equals("B")) {
                open = label;
            } else if (prefix.equals("E")) {
                open = null;
            }
        }
        if (open != null) {
            return Optional.of(new Problem(tags.size() - 1, "the " + open + " entity at the end is not closed with E-" + open));
        }
        return Optional.empty();
    }
}
