package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.core.text.Token;
import cabletag.core.text.WhitespaceTokenizer;
import java.io.IOException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any mix of deletes, relabels and new single-line spans survives write → read unchanged. */
class InlineEditProperties {

    private static final Document SEED = readSeed();

    private static Document readSeed() {
        try {
            return SeedCablesTest.readSeed(SeedCablesTest.TAGGED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 200)
    void editedSeedReadsBackWithExactlyTheEditedSpans(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int edits) {
        Random random = new Random(seed);
        SpanSet spans = SEED.spans();
        List<Token> tokens = new WhitespaceTokenizer().tokenize(SEED.text());
        Label[] labels = {Label.PER, Label.LOC, Label.ORG, Label.MISC, Label.of("DATE")};
        for (int i = 0; i < edits; i++) {
            int kind = random.nextInt(3);
            if (kind == 0 && !spans.isEmpty()) {
                spans = spans.without(spans.get(random.nextInt(spans.size())));
            } else if (kind == 1 && !spans.isEmpty()) {
                Span span = spans.get(random.nextInt(spans.size()));
                spans = spans.replace(span, span.withLabel(labels[random.nextInt(labels.length)]));
            } else {
                int first = random.nextInt(tokens.size());
                int last = Math.min(tokens.size() - 1, first + random.nextInt(3));
                Span added = new Span(tokens.get(first).start(), tokens.get(last).end(), labels[random.nextInt(labels.length)]);
                if (!SEED.text().substring(added.start(), added.end()).contains("\n") && spans.conflictWith(added).isEmpty()) {
                    spans = spans.with(added);
                }
            }
        }
        Document edited = SEED.withSpans(spans);
        byte[] written = new CableWriter().write(edited);
        Document reread = new CableReader().read(SEED.source().name(), written);
        assertThat(reread.text()).isEqualTo(SEED.text());
        assertThat(reread.spans()).isEqualTo(spans);
        assertThat(untouchedTagsKeptByteForByte(edited, new String(written, java.nio.charset.StandardCharsets.UTF_8))).isTrue();
    }

    /** Every original tag unchanged, with no new tag inside it, appears in the output exactly as in the source. */
    private static boolean untouchedTagsKeptByteForByte(Document edited, String written) {
        List<String> missing = new ArrayList<>();
        for (Span span : edited.spans()) {
            boolean newTagInside = edited.spans().overlapping(span.start(), span.end()).stream()
                    .anyMatch(other -> !other.equals(span) && span.contains(other) && !edited.originalSpans().containsSpan(other));
            if (edited.originalSpans().containsSpan(span) && !newTagInside) {
                int[] range = edited.sourceRangeOf(span);
                String tag = edited.source().text().substring(range[0], range[1]);
                if (!written.contains(tag)) {
                    missing.add(tag);
                }
            }
        }
        return missing.isEmpty();
    }

}
