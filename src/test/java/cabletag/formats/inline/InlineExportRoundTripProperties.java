package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.core.text.Token;
import cabletag.core.text.WhitespaceTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.IntRange;

/**
 * The inline writer guarantees its own round trip: random cables (literal brackets, unclosed and nested
 * tags, HTML with references, CR / CRLF / LF, characters outside the BMP), random edits on token
 * boundaries, and every cable is either written so that it reads back with the same clean text and
 * entities, or reported, and reported only when a plain write really would not read back the same.
 */
class InlineExportRoundTripProperties {

    private static final Label[] LABELS = {Label.PER, Label.LOC, Label.ORG, Label.MISC, Label.of("DATE")};
    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z]+( [A-Za-z]+)*");

    private static final AtomicInteger PLAIN_CASES = new AtomicInteger();
    private static final AtomicInteger REPORTED = new AtomicInteger();
    private static final AtomicInteger WRITTEN_WITH_NEW_TAGS = new AtomicInteger();

    @Property(tries = 1500)
    void everyEditedCableIsWrittenSoThatItReadsBackOrIsReported(@ForAll("cables") String source, @ForAll long seed,
                                                                @ForAll @IntRange(min = 1, max = 12) int edits) {
        Document original = new CableReader().readText("gen.txt", source, SourceEncoding.UTF_8, Optional.empty());
        Random random = new Random(seed);
        SpanSet spans = original.spans();
        List<Token> tokens = new WhitespaceTokenizer().tokenize(original.text());
        List<Span> added = new ArrayList<>();
        boolean removedOriginal = false;
        // Half the cables get additions and relabels only, the others removals too.
        boolean removals = random.nextBoolean();
        for (int i = 0; i < edits; i++) {
            int kind = random.nextInt(4);
            if (kind == 0 && removals && !spans.isEmpty()) {
                Span removed = spans.get(random.nextInt(spans.size()));
                spans = spans.without(removed);
                removedOriginal |= !added.remove(removed);
            } else if (kind == 1 && !spans.isEmpty()) {
                Span span = spans.get(random.nextInt(spans.size()));
                Span relabelled = span.withLabel(LABELS[random.nextInt(LABELS.length)]);
                spans = spans.withSameRangeReplaced(span, relabelled);
                if (added.remove(span)) {
                    added.add(relabelled);
                }
            } else if (!tokens.isEmpty()) {
                int first = random.nextInt(tokens.size());
                int last = Math.min(tokens.size() - 1, first + random.nextInt(4));
                Span span = new Span(tokens.get(first).start(), tokens.get(last).end(), LABELS[random.nextInt(LABELS.length)]);
                if (spans.conflictWith(span).isEmpty()) {
                    spans = spans.with(span);
                    added.add(span);
                }
            }
        }
        Document edited = original.withSpans(spans);
        CableWriter writer = new CableWriter();
        CableWriter.Checked checked = writer.writeChecked(edited);
        Document plainBack = new CableReader().read("gen.txt", writer.write(edited));
        boolean plainReadsBack = plainBack.text().equals(edited.text()) && plainBack.spans().equals(spans);

        if (checked.readsBack()) {
            Document back = new CableReader().read("gen.txt", checked.bytes());
            assertThat(back.text()).isEqualTo(edited.text());
            assertThat(back.spans()).isEqualTo(spans);
            if (!added.isEmpty()) {
                WRITTEN_WITH_NEW_TAGS.incrementAndGet();
            }
        } else {
            REPORTED.incrementAndGet();
            assertThat(checked.bytes()).isNull();
            assertThat(checked.problem()).isNotBlank().startsWith("written with plain tags");
            assertThat(plainReadsBack).as("reported although a plain write reads back: " + checked.problem()).isFalse();
        }
        if (!removedOriginal && !added.isEmpty() && allPlain(edited, added)) {
            PLAIN_CASES.incrementAndGet();
            assertThat(checked.readsBack()).as("new tags on plain words must be written: " + checked.problem()
                    + "\nsource: " + source.replace("\r", "\\r") + "\nwritten: " + writer.writeText(edited).replace("\r", "\\r")).isTrue();
        }
    }

    /**
     * No original tag removed (its text could then complete a literal, unclosed tag around it), and
     * every new span covers whole words of letters on one line, with a space or a line break on each
     * side, and no span around it runs over a line break: plain tags always express that.
     */
    private static boolean allPlain(Document edited, List<Span> added) {
        String text = edited.text();
        for (Span span : added) {
            if (!PLAIN_WORDS.matcher(text.substring(span.start(), span.end())).matches()) {
                return false;
            }
            if (span.start() > 0 && " \n".indexOf(text.charAt(span.start() - 1)) < 0
                    || span.end() < text.length() && " \n".indexOf(text.charAt(span.end())) < 0) {
                return false;
            }
            for (Span around : edited.spans().overlapping(span.start(), span.end())) {
                if (around.contains(span) && text.substring(around.start(), around.end()).contains("\n")) {
                    return false;
                }
            }
        }
        return true;
    }

    @AfterContainer
    static void mostEditsAreWrittenAndSomeAreReported() {
        // The generator makes plain-word edits often and awkward ones sometimes: both kinds must occur,
        // and the plain ones (asserted written above) must not be a rarity.
        System.out.println("inline round trip: plain " + PLAIN_CASES + ", written with new tags " + WRITTEN_WITH_NEW_TAGS
                + ", reported " + REPORTED);
        assertThat(PLAIN_CASES.get()).as("plain cases").isGreaterThan(150);
        assertThat(WRITTEN_WITH_NEW_TAGS.get()).as("cables written with new tags").isGreaterThan(400);
        assertThat(REPORTED.get()).as("reported cables").isPositive();
    }

    @Provide
    Arbitrary<String> cables() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of("Rubaie", "Tehran", "officials", "met", "Erbil", "Maliki", "staff")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("U.S.", "\uD83D\uDE00", "\uD835\uDC00bc", "al-Iraqi", "1.4")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("[PER Rubaie  ]", "[LOC Tehran Erbil  ]", "[ORG GoI  ]",
                        "[ORG Embassy [LOC Baghdad  ] staff  ]", "[MISC \uD83D\uDE00 Iraqi  ]", "[PER Nouri\nal Maliki  ]")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("[", "]", "[sic]", "[Note:", "[REDACTED]", "]]", "[ 2 ]",
                        "[PER Maliki", "[LOC open", "[PER x  ]]")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("<b>met</b>", "&amp;", "&lt;PER&gt;", "<a href='#x'>Erbil</a>", "&#39;s")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("<a title=\"x > y\">Erbil</a>", "<p\nclass='x'>met</p\n>",
                        "<script>if (a[i] < b) { s = \"[PER y  ]\"; }\n</script>", "<style>p > b {}</style>staff",
                        "Erbil&ensp;staff", "&#13;", "&#13;&#10;", "&#146;s")));
        Arbitrary<String> separator = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(10, " "), net.jqwik.api.Tuple.of(2, "\n"), net.jqwik.api.Tuple.of(1, "\r\n"),
                net.jqwik.api.Tuple.of(1, "\r"), net.jqwik.api.Tuple.of(1, "\n\n"));
        Arbitrary<String> pair = Combinators.combine(piece, separator).as(String::concat);
        return Combinators.combine(pair.list().ofMinSize(1).ofMaxSize(25), Arbitraries.of(true, false))
                .as((pairs, html) -> (html ? "<pre>" : "") + String.join("", pairs) + (html ? "</pre>" : ""));
    }
}
