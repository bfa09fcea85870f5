package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.core.text.CableTokenizer;
import cabletag.core.text.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random HTML pages of words, tags, block and inline markup, references and line breaks: read → write gives the
 * same bytes, the clean text is what a model of the rule says (one separator per run of markup holding a block,
 * only between two characters that are not white space), tags are spans over exactly their text, and new
 * entities drawn anywhere, over separators too, are written and read back as drawn.
 */
class HtmlBlockProperties {

    /** A piece of a generated page: its source, its clean text, and for markup what it separates. */
    private record Piece(String source, String clean, int separation, String label) {

        boolean isMarkup() {
            return clean == null;
        }
    }

    /** A generated page and what a correct reader makes of it. */
    record Page(String source, String clean, List<String> tagged) { }

    @Property(tries = 600)
    void aPageIsWrittenBackByteForByte(@ForAll("pages") Page page) {
        byte[] bytes = page.source().getBytes(StandardCharsets.UTF_8);
        assertThat(new CableWriter().write(new CableReader().read("page.html", bytes))).isEqualTo(bytes);
    }

    @Property(tries = 600)
    void blocksSeparateExactlyWhereTheyWouldJoinTwoWordsAndTagsKeepTheirText(@ForAll("pages") Page page) {
        Document document = read(page.source());
        assertThat(document.text()).isEqualTo(page.clean());
        List<String> read = new ArrayList<>();
        for (Span span : document.spans()) {
            read.add(span.label() + ":" + document.textOf(span));
        }
        assertThat(read).isEqualTo(page.tagged());
    }

    /**
     * On one line of the file (a tag around another over a line break of the file is a limit of the tag grammar,
     * named by the checked write, docs/FORMATS.md), a separator being markup, not a line break of the file.
     */
    @Property(tries = 300)
    void newEntitiesOverAndBesideSeparatorsAreWrittenAndReadBackAsDrawn(@ForAll("pagesOnOneLine") Page page, @ForAll long seed) {
        Document document = read(page.source());
        List<Token> tokens = new CableTokenizer().tokenize(document.text());
        if (tokens.isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        SpanSet spans = SpanSet.empty();
        for (int i = 0; i < 4; i++) {
            int first = random.nextInt(tokens.size());
            int last = Math.min(tokens.size() - 1, first + random.nextInt(3));
            Span drawn = new Span(tokens.get(first).start(), tokens.get(last).end(), Label.MISC);
            if (spans.conflictWith(drawn).isEmpty()) {
                spans = spans.with(drawn);
            }
        }
        Document edited = document.withSpans(spans);
        byte[] written = new CableWriter().write(edited);
        Document reread = new CableReader().read("page.html", written);
        assertThat(reread.text()).isEqualTo(document.text());
        assertThat(reread.spans()).isEqualTo(spans);
    }

    private static Document read(String source) {
        return new CableReader().readText("page.html", source, SourceEncoding.UTF_8, Optional.empty());
    }

    @Provide
    Arbitrary<Page> pages() {
        return pages(true);
    }

    @Provide
    Arbitrary<Page> pagesOnOneLine() {
        return pages(false);
    }

    private static Arbitrary<Page> pages(boolean lineBreaks) {
        Arbitrary<Piece> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, words()),
                net.jqwik.api.Tuple.of(5, markup(lineBreaks)),
                net.jqwik.api.Tuple.of(2, spaces(lineBreaks)),
                net.jqwik.api.Tuple.of(2, references(lineBreaks)),
                net.jqwik.api.Tuple.of(2, tags()));
        return piece.list().ofMaxSize(40).map(HtmlBlockProperties::assemble);
    }

    /**
     * The rule's model: pieces of markup in a row (tags between them do not interrupt the row) are one run; a run
     * holding a block gives one separator, a line break before a cell's tab, when the clean characters on both
     * sides are not white space.
     */
    private static Page assemble(List<Piece> pieces) {
        StringBuilder source = new StringBuilder("<html>"); // taken for a page by its head, and no text before it
        StringBuilder clean = new StringBuilder();
        List<String> tagged = new ArrayList<>();
        int pending = BlockMarkup.NONE;
        for (Piece piece : pieces) {
            source.append(piece.source());
            if (piece.isMarkup()) {
                pending = Math.max(pending, piece.separation());
                continue;
            }
            if (pending != BlockMarkup.NONE && clean.length() > 0 && !isBlank(clean.charAt(clean.length() - 1))
                    && !isBlank(piece.clean().charAt(0))) {
                clean.append(BlockMarkup.separator(pending));
            }
            pending = BlockMarkup.NONE;
            clean.append(piece.clean());
            if (piece.label() != null) {
                tagged.add(piece.label() + ":" + piece.clean());
            }
        }
        source.append("</html>");
        return new Page(source.toString(), clean.toString(), tagged);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\u00A0' || c == '\u2002' || c == '\u2009';
    }

    private static Arbitrary<Piece> words() {
        return Arbitraries.of("Rubaie", "officials", "Tehran", "al-Rubaie", "U.S.", "\uD83D\uDE00", "\uD835\uDC00bc", "1.4", "x")
                .map(word -> new Piece(word, word, 0, null));
    }

    private static Arbitrary<Piece> tags() {
        return Arbitraries.of("Rubaie", "Tehran", "al-Rubaie", "Bank of Iraq", "GoI")
                .flatMap(text -> Arbitraries.of("PER", "LOC", "ORG")
                        .map(label -> new Piece("[" + label + " " + text + "  ]", text, 0, label)));
    }

    private static Arbitrary<Piece> spaces(boolean lineBreaks) {
        return lineBreaks
                ? Arbitraries.of(new Piece(" ", " ", 0, null), new Piece("\n", "\n", 0, null),
                        new Piece("\r\n", "\n", 0, null), new Piece("\t", "\t", 0, null))
                : Arbitraries.of(new Piece(" ", " ", 0, null), new Piece("\t", "\t", 0, null));
    }

    /**
     * References, those a browser reads and generation 2 did not among them (ADR 0015): a CR reads as a line break, and
     * with a line feed after it as one; a CR reference alone is left out, as a line feed after it would join it.
     */
    private static Arbitrary<Piece> references(boolean lineBreaks) {
        List<Piece> references = new ArrayList<>(List.of(new Piece("&amp;", "&", 0, null), new Piece("&#39;", "'", 0, null),
                new Piece("&nbsp;", "\u00A0", 0, null), new Piece("&#10;", "\n", 0, null),
                new Piece("&#x1F600;", "\uD83D\uDE00", 0, null), new Piece("&ensp;", "\u2002", 0, null),
                new Piece("&thinsp;", "\u2009", 0, null), new Piece("&zwnj;", "\u200C", 0, null),
                new Piece("&rsquo;", "\u2019", 0, null), new Piece("&#146;", "\u2019", 0, null),
                new Piece("&#13;&#10;", "\n", 0, null), new Piece("&#xD;&#xa;", "\n", 0, null)));
        if (lineBreaks) {
            references.add(new Piece("&#13;\n", "\n", 0, null));
        }
        return Arbitraries.of(references);
    }

    private static Arbitrary<Piece> markup(boolean lineBreaks) {
        int line = BlockMarkup.LINE;
        int cell = BlockMarkup.CELL;
        List<Piece> markup = new ArrayList<>(List.of(
                // ended where a browser ends it (ADR 0015): a quoted '>', a script's or a style's contents
                markup("<div title=\"a > b\">", line), markup("<a title='x>y' href=\"#\">", 0),
                markup("<script type=\"text/javascript\">if (a < b && c > d) { s = \"[\"; }</script>", 0),
                markup("<SCRIPT>x = '</p>';</Script >", 0), markup("<style>p > b { color: red }</style>", 0)));
        if (lineBreaks) {
            markup.addAll(List.of(markup("<p\nclass=\"x\">", line), markup("</td\r\n>", cell),
                    markup("<a\nhref='/x'\n>", 0), markup("<script>\n[PER Hidden  ]\n</script>", 0)));
        }
        return Arbitraries.oneOf(Arbitraries.of(markup), Arbitraries.of(
                markup("<p>", line), markup("</P>", line), markup("<br>", line), markup("<BR/>", line), markup("<br />", line),
                markup("<div class=\"a\">", line), markup("</div>", line), markup("<li>", line), markup("</UL>", line),
                markup("<h2 id='x'>", line), markup("<hr/>", line), markup("<tr>", line), markup("</table>", line),
                markup("<blockquote>", line), markup("</pre>", line),
                markup("<td>", cell), markup("</TD>", cell), markup("<th align=left>", cell),
                markup("<b>", 0), markup("</b>", 0), markup("<a href='/tag/PREL.html'>", 0), markup("</a>", 0),
                markup("<span>", 0), markup("<o:p>", 0), markup("<!-- <p> -->", 0), markup("<font color=red>", 0)));
    }

    private static Piece markup(String source, int separation) {
        return new Piece(source, null, separation, null);
    }
}
