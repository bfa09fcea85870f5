package cabletag.formats.tokens;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What flat schemes share, in the manner of OpenNLP's {@code BioCodec}/{@code BilouCodec}: a scheme is
 * its prefixes and three rules about them, and writing tags from entities and reading entities back
 * are the same walk for all. Checking a sequence stays with each scheme, because what counts as wrong
 * (an unclosed {@code B-} in BIOES, say) is not a matter of prefixes alone.
 */
abstract class PrefixTagScheme implements TagScheme {

    private final String name;
    private final List<String> prefixes;
    private final Map<Label, Map<String, String>> tagCache = new ConcurrentHashMap<>();

    PrefixTagScheme(String name, String... prefixes) {
        this.name = name;
        this.prefixes = List.of(prefixes);
    }

    /** The prefix of token {@code position} (from 0) of an entity {@code length} tokens long. */
    abstract String prefixAt(int position, int length);

    /** Whether a tag with this prefix, and the open entity's label, carries that entity on. */
    abstract boolean continues(String prefix);

    /** Whether a tag with this prefix is the last of its entity. */
    abstract boolean closes(String prefix);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> prefixes() {
        return prefixes;
    }

    /**
     * {@code B-PER} and friends by prefix, for one label: made once per label rather than once per token. Looked
     * up once per entity (a label's hash and equality go through its record methods, and the lambdas that
     * captured it were made anew for every token: with the tags' array, 15 % of rendering a CoNLL block).
     */
    private Map<String, String> tagsOf(Label label) {
        Map<String, String> tags = tagCache.get(label);
        return tags != null ? tags : tagCache.computeIfAbsent(label, l -> new ConcurrentHashMap<>());
    }

    private static String tag(Map<String, String> tagsOfLabel, String prefix, Label label) {
        String tag = tagsOfLabel.get(prefix);
        return tag != null ? tag : tagsOfLabel.computeIfAbsent(prefix, p -> p + "-" + label.name());
    }

    @Override
    public final List<String> encode(List<TokenSpan> spans, int tokenCount) {
        String[] tags = new String[tokenCount];
        Arrays.fill(tags, OUTSIDE);
        for (TokenSpan span : spans) {
            int length = span.end() - span.first();
            Map<String, String> tagsOfLabel = tagsOf(span.label());
            for (int position = 0; position < length; position++) {
                tags[span.first() + position] = tag(tagsOfLabel, prefixAt(position, length), span.label());
            }
        }
        return Arrays.asList(tags);
    }

    @Override
    public final List<TokenSpan> decode(List<String> tags) {
        // Lenient like conlleval: a run is tokens of one label begun by any of the scheme's prefixes (a
        // stray I- too); it ends after a closing prefix, at a tag that does not continue it, or at O.
        List<TokenSpan> spans = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
            String prefix = TagScheme.prefixOf(tag);
            String tagLabel = TagScheme.labelOf(tag);
            boolean carriesOn = start >= 0 && continues(prefix) && Objects.equals(tagLabel, label);
            if (!carriesOn) {
                if (start >= 0) {
                    spans.add(new TokenSpan(start, i, Label.of(label)));
                    start = -1;
                }
                if (tagLabel != null && prefixes.contains(prefix)) {
                    start = i;
                    label = tagLabel;
                }
            }
            if (start >= 0 && closes(prefix)) {
                spans.add(new TokenSpan(start, i + 1, Label.of(label)));
                start = -1;
            }
        }
        return spans;
    }
}
