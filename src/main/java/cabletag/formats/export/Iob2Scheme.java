package cabletag.formats.export;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** IOB2 (a.k.a. BIO): every entity starts with {@code B-}, continues with {@code I-}; {@code O} outside. */
final class Iob2Scheme implements TagScheme {

    @Override
    public String name() {
        return "iob2";
    }

    @Override
    public List<String> prefixes() {
        return List.of("B", "I");
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
            tags[span.first()] = tag("B", label);
            for (int i = span.first() + 1; i < span.end(); i++) {
                tags[i] = tag("I", label);
            }
        }
        return Arrays.asList(tags);
    }

    @Override
    public List<TokenSpan> decode(List<String> tags) {
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
            String prefix = TagScheme.prefixOf(tag);
            String tagLabel = TagScheme.labelOf(tag);
            boolean continues = prefix.equals("I") && start >= 0 && Objects.equals(tagLabel, label);
            if (continues) {
                continue;
            }
            if (start >= 0) {
                spans.add(new TokenSpan(start, i, Label.of(label)));
                start = -1;
                label = null;
            }
            if ((prefix.equals("B") || prefix.equals("I")) && tagLabel != null) {
                start = i;
                label = tagLabel;
            }
        }
        return spans;
    }

    @Override
    public Optional<Problem> validate(List<String> tags) {
        String previous = OUTSIDE;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String prefix = TagScheme.prefixOf(tag);
            String label = TagScheme.labelOf(tag);
            if (tag.equals(OUTSIDE)) {
                previous = tag;
                continue;
            }
            if (label == null || !Label.isValidName(label) || !(prefix.equals("B") || prefix.equals("I"))) {
                return Optional.of(new Problem(i, "'" + tag + "' is not an IOB2 tag"));
            }
            if (prefix.equals("I") && !Objects.equals(TagScheme.labelOf(previous), label)) {
                return Optional.of(new Problem(i, "'" + tag + "' follows '" + previous + "'; an entity starts with B-"));
            }
            previous = tag;
        }
        return Optional.empty();
    }
}
