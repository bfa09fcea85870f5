package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CableReaderTest {

    private static Document read(String source) {
        return new CableReader().read("test.txt", source.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(Document document) {
        return document.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void tagBecomesSpanOverItsTextAndTheMarkupLeavesTheCleanText() {
        Document document = read("[PER Rubaie  ] met [LOC Tehran  ] officials");
        //                0123456789012345678901234
        assertThat(document.text()).isEqualTo("Rubaie met Tehran officials");
        //                                     [PER ]     [LOC ]
        assertThat(document.spans()).containsExactly(Span.of(0, 6, "PER"), Span.of(11, 17, "LOC"));
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void acceptsOneOrManySpacesAroundTheText() {
        Document document = read("[ORG   GoI ] and [ORG MeK     ]");
        assertThat(document.text()).isEqualTo("GoI and MeK");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("GoI", "MeK");
    }

    @Test
    void whiteSpaceAtAnEntitysEndsStaysInTheTextButOutOfTheEntity() {
        // spaCy's char_span gives None for a span with white space at an end: the entity is the words
        for (String source : List.of("x [LOC Baghdad\n  ] y", "x [LOC Baghdad\r\n  ] y", "x [LOC \tBaghdad\t  ] y",
                "x [LOC Baghdad\u00a0  ] y", "x [LOC \u2003Baghdad\u2028  ] y")) {
            Document document = read(source);
            assertThat(document.spans()).as(source).extracting(document::textOf).containsExactly("Baghdad");
            assertThat(document.text()).as(source).startsWith("x ").endsWith(" y").contains("Baghdad");
            assertThat(new String(new CableWriter().write(document), StandardCharsets.UTF_8)).as("written back as it was")
                    .isEqualTo(source);
        }
    }

    @Test
    void multiWordTagWithColonKeepsItsWrongBoundariesForTheAnalystToFix() {
        Document document = read("( [ORG S  ] ) [ORG Summary: National Security Advisor Mowafaq  ] al-Rubaie carried");
        assertThat(document.text()).isEqualTo("( S ) Summary: National Security Advisor Mowafaq al-Rubaie carried");
        assertThat(document.spans()).extracting(document::textOf)
                .containsExactly("S", "Summary: National Security Advisor Mowafaq");
    }

    @Test
    void bracketsThatAreNotTagsStayLiteralCharacterForCharacter() {
        String source = "[sic] [REDACTED] [ 2 ] [a] [Per x  ] [] [ ] ] [PER]";
        Document document = read(source);
        assertThat(document.text()).isEqualTo(source);
        assertThat(document.spans()).isEmpty();
    }

    @Test
    void literalBracketsInsideATagDoNotCloseIt() {
        Document document = read("[ORG Bank [ 2 ] of Iraq  ] x");
        assertThat(document.text()).isEqualTo("Bank [ 2 ] of Iraq x");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Bank [ 2 ] of Iraq");
    }

    @Test
    void unclosedTagStaysTextAndIsReportedWithLineAndColumn() {
        Document document = read("first line\nsaid [PER Rubaie and left\n[LOC Iraq  ] next");
        assertThat(document.text()).isEqualTo("first line\nsaid [PER Rubaie and left\nIraq next");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Iraq");
        Diagnostic unclosed = document.diagnostics().get(0);
        assertThat(unclosed.code()).isEqualTo("unclosed-tag");
        assertThat(unclosed.line()).isEqualTo(2);
        assertThat(unclosed.column()).isEqualTo(6);
    }

    @Test
    void aTagMayRunOverALineBreakWhenNothingElseOpensBeforeItsClose() {
        Document document = read("the [ORG Iraqi National\nIntelligence Service  ] said");
        assertThat(document.text()).isEqualTo("the Iraqi National\nIntelligence Service said");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Iraqi National\nIntelligence Service");
    }

    @Test
    void aBlankLineEndsAnOpenTag() {
        Document document = read("[PER Rubaie\n\nlater ]");
        assertThat(document.spans()).isEmpty();
        assertThat(codes(document)).containsExactly("unclosed-tag");
    }

    @Test
    void emptyTagStaysTextAndIsReported() {
        Document document = read("a [PER  ] b");
        assertThat(document.text()).isEqualTo("a [PER  ] b");
        assertThat(document.spans()).isEmpty();
        assertThat(codes(document)).containsExactly("empty-tag");
    }

    @Test
    void aFileWithNoTextIsAnEmptyCableWithAWarning() {
        Document document = read("");
        assertThat(document.text()).isEmpty();
        assertThat(document.diagnostics()).containsExactly(
                Diagnostic.warning("empty-file", 1, 1, "empty file: no text, read as an empty cable"));
        assertThat(codes(new CableReader().read("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
                .as("a byte order mark alone holds no text either").containsExactly("empty-file");
        assertThat(codes(read(" "))).as("a blank is text").isEmpty();
    }

    @Test
    void nestedTagsGiveNestedSpansAndANote() {
        Document document = read("[ORG Bank of [LOC Iraq  ]  ] x");
        //                        012345678901
        assertThat(document.text()).isEqualTo("Bank of Iraq x");
        //                                     [ORG       ]
        //                                             [LOC]
        assertThat(document.spans()).containsExactly(Span.of(0, 12, "ORG"), Span.of(8, 12, "LOC"));
        assertThat(codes(document)).containsExactly("nested-tag");
    }

    /**
     * Found by the inline round trip's property: with a line break, a tab or markup that shows nothing (a script, a
     * comment) beside the inner tag, the two labelled the same words once white space was left out of the entity, and
     * the reading ended with an exception (check: "internal error", exit 3). They are two tags on the same text.
     */
    @Test
    void twoTagsOnTheSameTextAreToldAlsoWithWhiteSpaceOrHiddenMarkupBesideTheInnerOne() {
        for (String source : new String[] {"[MISC [ORG Rubaie  ]\n  ] R", "[MISC [ORG Rubaie  ]\t  ] R",
                "<p>[MISC [ORG Rubaie  ] <script>x</script>  ] R</p>", "<p>[MISC [ORG Rubaie  ] <!-- x --> ]  ] R</p>",
                "<p>[MISC [ORG Rubaie  ] &#32; <b></b>  ] R</p>"}) {
            Document document = read(source);
            assertThat(document.spans()).as(source).extracting(document::textOf).containsExactly("Rubaie");
            assertThat(document.spans()).as(source).extracting(span -> span.label().name()).containsExactly("ORG");
            assertThat(codes(document)).as(source).contains("duplicate-tag");
        }
        // words beside the inner tag, shown: a nested tag, as before
        Document nested = read("<p>[MISC [ORG Rubaie  ] &amp; <b>x</b>  ] R</p>");
        assertThat(nested.spans()).extracting(span -> span.label().name()).containsExactly("MISC", "ORG");
        assertThat(codes(nested)).containsExactly("nested-tag");
    }

    @Test
    void twoTagsOnTheSameTextKeepTheInnerOneAndTheOuterAsText() {
        Document document = read("[ORG [PER Rubaie  ]  ] x");
        assertThat(document.text()).isEqualTo("[ORG Rubaie  ] x");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Rubaie");
        assertThat(codes(document)).contains("duplicate-tag");
    }

    /**
     * Three or more tags on the same words keep the innermost, every outer one as text, as two do (generation 5).
     * Before, the outermost became an entity over the literal text of the one between ({@code "[ORG Rubaie  ]"}
     * labelled PER, and exported so), found from outside.
     */
    @Test
    void threeOrMoreTagsOnTheSameWordsKeepTheInnermostAndEveryOuterOneAsText() {
        Document three = read("Met [PER [ORG [LOC Rubaie  ]  ]  ] today.");
        assertThat(three.text()).isEqualTo("Met [PER [ORG Rubaie  ]  ] today.");
        assertThat(three.spans()).containsExactly(Span.of(14, 20, "LOC"));
        assertThat(three.diagnostics()).extracting(Diagnostic::code, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("duplicate-tag", 5), org.assertj.core.groups.Tuple.tuple("duplicate-tag", 10));
        Document four = read("[A [B [C [D x  ]  ]  ]  ] y");
        assertThat(four.spans()).extracting(span -> span.label().name() + ":" + four.textOf(span)).containsExactly("D:x");
        assertThat(codes(four)).containsExactly("duplicate-tag", "duplicate-tag", "duplicate-tag", "unknown-label");
        // white space, a line break or hidden markup beside the chain: the same words still
        for (String source : new String[] {"[PER [ORG [LOC Rubaie  ]\n  ]  ] R", "<p>[PER [ORG [LOC Rubaie  ] <!-- x -->  ]\t  ] R</p>"}) {
            Document document = read(source);
            assertThat(document.spans()).as(source).extracting(span -> span.label().name() + ":" + document.textOf(span))
                    .containsExactly("LOC:Rubaie");
            assertThat(codes(document)).as(source).containsExactly("duplicate-tag", "duplicate-tag");
        }
        // words beside the chain: the outer tag is an entity, over the text of the one kept as text, as before
        Document worded = read("[PER Mr [ORG [LOC Rubaie  ]  ]  ] x");
        assertThat(worded.spans()).extracting(span -> span.label().name() + ":" + worded.textOf(span))
                .containsExactly("PER:Mr [ORG Rubaie  ]", "LOC:Rubaie");
        byte[] bytes = "Met [PER [ORG [LOC Rubaie  ]  ]  ] today.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new CableWriter().write(new CableReader().read("a.txt", bytes))).isEqualTo(bytes);
    }

    /** Found from outside: every State cable's [REF A] was a warning of a tag never closed. */
    @Test
    void bracketedWordsOfALabelNoTaggerUsesAreTextWithoutAWordButAKnownLabelsAreNamed() {
        Document document = read("see [REF A] and [PARA 5] and [EMBASSY NOTE: text follows]\n[PER Rubaie] and [GPE Baghdad\n\nx");
        assertThat(document.text()).startsWith("see [REF A] and [PARA 5]");
        assertThat(document.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unclosed-tag", 2, 1), org.assertj.core.groups.Tuple.tuple("unclosed-tag", 2, 18));
    }

    /** Found from outside: kept as text without a word, where [per x  ] and [ PER x  ] were named. */
    @Test
    void aKnownLabelInMixedCaseOrWithATabAColonOrANoBreakSpaceAfterItIsNamed() {
        Document document = read("x [Per Ali  ] [PER\tBob  ] [PER:Cee  ] [PER\u00A0Dee  ] [PERSON:x  ] [LOC:y z\n");
        assertThat(document.spans()).isEmpty();
        assertThat(document.diagnostics()).extracting(Diagnostic::code, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lowercase-label", 3),
                org.assertj.core.groups.Tuple.tuple("no-space-after-label", 15),
                org.assertj.core.groups.Tuple.tuple("no-space-after-label", 27),
                org.assertj.core.groups.Tuple.tuple("no-space-after-label", 39));
        assertThat(document.diagnostics().get(2).message()).isEqualTo("'[PER:…]' looks like a tag but a colon follows its label"
                + " where a tag has a space; kept as text (a tag is written [PER text  ])");
        // other spaces, and a page's &nbsp; or &#9;
        assertThat(read("[PER\u202FAaa  ] [PER\u3000Bbb  ]").diagnostics()).extracting(Diagnostic::code)
                .containsExactly("no-space-after-label", "no-space-after-label");
        Document page = new CableReader().read("p.html", "<p>[PER&nbsp;Dee  ] and [PER&#9;Bob  ] [REF&amp;x  ]</p>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "'[PER …]' looks like a tag but the reference &nbsp; follows its label where a tag has a space; kept as text"
                        + " (a tag is written [PER text  ])",
                "'[PER …]' looks like a tag but the reference &#9; follows its label where a tag has a space; kept as text"
                        + " (a tag is written [PER text  ])");
    }

    @Test
    void aTagAfterAnOuterTagThatIsNeverClosedIsNotSaidToBeNestedInIt() {
        Document document = read("said [PER Maliki and [LOC Baghdad  ] today\n\nnext");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Baghdad");
        assertThat(document.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("tag [PER …] is never closed and is kept as text");
    }

    @Test
    void theInnerOfTwoTagsOnTheSameTextIsNotSaidToBeNestedInTheOuterKeptAsText() {
        Document document = read("[ORG [PER Rubaie  ]  ] x");
        assertThat(document.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "two tags on the same text: the outer [ORG …] is kept as text, the inner one as the entity");
    }

    @Test
    void aTagInsideAnOuterTagKeptAsTextIsNestedInTheTagAroundBoth() {
        // [PER [PER Maliki  ]  ] is one entity twice tagged: the inner PER is nested in the ORG, not in the literal PER
        Document document = read("[ORG office of [PER [PER Maliki  ]  ]  ] x");
        assertThat(document.text()).isEqualTo("office of [PER Maliki  ] x");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("office of [PER Maliki  ]", "Maliki");
        assertThat(document.diagnostics()).extracting(Diagnostic::code, Diagnostic::column, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("duplicate-tag", 16,
                        "two tags on the same text: the outer [PER …] is kept as text, the inner one as the entity"),
                org.assertj.core.groups.Tuple.tuple("nested-tag", 21, "tag [PER …] is nested inside [ORG …]"));
    }

    @Test
    void aTagInsideHtmlMarkupIsNamedAsDroppedOncePerTag() {
        Document document = read("<pre>[PER Maliki  ] met <a title=\"[PER Rubaie  ]\">x</a> in\n"
                + "<table><tr><td [LOC Tehran  ]>cell</td></tr></table>\n<!-- [ORG Government of  Iraq  ] -->end</pre>");
        assertThat(document.text()).isEqualTo("Maliki met x in\ncell\nend");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Maliki");
        assertThat(document.diagnostics()).extracting(Diagnostic::code).containsOnly("tag-in-markup");
        assertThat(document.diagnostics()).allMatch(Diagnostic::losesAnnotation);
        assertThat(document.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.message()).containsExactly(
                "1:35 tag [PER Rubaie] inside the HTML markup <a …> is dropped; its text is not in the cable's text",
                "2:16 tag [LOC Tehran] inside the HTML markup <td …> is dropped; its text is not in the cable's text",
                "3:6 tag [ORG Government of Iraq] inside an HTML comment is dropped; its text is not in the cable's text");
    }

    @Test
    void bracketsInMarkupThatAreNoTagsRaiseNothing() {
        Document document = read("<pre><a href=\"x?a[0]=1\" title=\"[see below]\">x</a> [ sic ] <td [PER]></pre>");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void aNulCharacterIsAnErrorAtItsPlaceAndIsReadAsAReplacementCharacter() {
        String source = "line one\n[PER Rubaie  ] a\u0000b\u0000\n";
        Document document = read(source);
        assertThat(document.text()).isEqualTo("line one\nRubaie a\uFFFDb\uFFFD\n");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Rubaie");
        assertThat(document.diagnostics()).hasSize(1);
        Diagnostic nul = document.diagnostics().get(0);
        assertThat(nul.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(nul.code()).isEqualTo("nul-byte");
        assertThat(nul.line() + ":" + nul.column()).isEqualTo("2:17");
        assertThat(nul.message()).contains("it and 1 more NUL character after it are read as U+FFFD");
        assertThat(nul.losesAnnotation()).as("counts as input lost: export and stats exit 1").isTrue();
        assertThat(new CableWriter().writeText(document)).as("the file is written back as it was").isEqualTo(source);
    }

    @Test
    void unknownLabelIsKeptAndNotedOnce() {
        Document document = read("[DATE January 19  ] and [DATE 22  ] [MONEY_USD 5  ]");
        assertThat(document.spans()).extracting(Span::label)
                .containsExactly(Label.of("DATE"), Label.of("DATE"), Label.of("MONEY_USD"));
        assertThat(codes(document)).containsExactly("unknown-label", "unknown-label");
    }

    @Test
    void htmlMarkupIsNotCleanTextButLinkTextIs() {
        Document document = read("<code><pre>TAGS: <a href='/tag/PREL_0.html'>PREL</a> SUBJECT: [ORG AT&amp;T  ] &#39;x&quot;</pre></code>");
        assertThat(document.text()).isEqualTo("TAGS: PREL SUBJECT: AT&T 'x\"");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("AT&T");
        assertThat(document.source().layout().isHtml()).isTrue();
    }

    @Test
    void unknownCharacterReferencesAndLoneAmpersandsStayLiteral() {
        Document document = read("<pre>A &bogus; B & C &#xD800; &#0;</pre>");
        assertThat(document.text()).isEqualTo("A &bogus; B & C &#xD800; &#0;");
    }

    @Test
    void plainTextIsNotTreatedAsHtml() {
        Document document = read("A &amp; B <NOFORN> [PER X  ]");
        assertThat(document.text()).isEqualTo("A &amp; B <NOFORN> X");
    }

    @Test
    void everyLineEndingBecomesANewlineInTheCleanTextAndIsKeptInTheSource() {
        Document document = read("a [PER B  ]\r\nc\rd\n[LOC E  ]");
        assertThat(document.text()).isEqualTo("a B\nc\nd\nE");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("B", "E");
        assertThat(new CableWriter().writeText(document)).isEqualTo("a [PER B  ]\r\nc\rd\n[LOC E  ]");
        assertThat(document.source().lineEndings()).isEqualTo("mixed");
        assertThat(read("a\r\nb\r\n").source().lineEndings()).isEqualTo("CRLF");
        assertThat(read("a\rb").source().lineEndings()).isEqualTo("CR");
        assertThat(read("a\nb").source().lineEndings()).isEqualTo("LF");
    }

    @Test
    void nonBmpCharactersBeforeAnEntityKeepItOnTheRightCharacters() {
        Document document = read("\uD83D\uDE00 \uD835\uDC00 [PER Rubaie  ]");
        Span span = document.spans().get(0);
        assertThat(document.textOf(span)).isEqualTo("Rubaie");
        assertThat(cabletag.core.CodePoints.of(document.text()).toCodePoint(span.start())).isEqualTo(4);
    }

    @Test
    void utf8WithBomIsRememberedAndTheBomIsNotText() {
        byte[] bytes = "\uFEFF[PER X  ]".getBytes(StandardCharsets.UTF_8);
        Document document = new CableReader().read("bom.txt", bytes);
        assertThat(document.source().encoding()).isEqualTo(SourceEncoding.UTF_8_BOM);
        assertThat(document.text()).isEqualTo("X");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndTheUserIsTold() {
        byte[] bytes = {'o', 'k', '\n', 'M', (byte) 0x92, 's', ' ', (byte) 0x81};
        Document document = new CableReader().read("legacy.txt", bytes);
        assertThat(document.source().encoding()).isEqualTo(SourceEncoding.WINDOWS_1252);
        assertThat(document.text()).isEqualTo("ok\nM\u2019s \u0081");
        Diagnostic note = document.diagnostics().get(0);
        assertThat(note.code()).isEqualTo("encoding-fallback");
        assertThat(note.line()).isEqualTo(2);
        assertThat(note.column()).isEqualTo(2);
        assertThat(new CableWriter().write(document)).isEqualTo(bytes);
    }

    @Test
    void utf8WithABadByteIsAnErrorAtTheBadBytesPlaceInCodePoints() {
        // valid UTF-8 (é, ú, ñ, an emoji) and a sequence cut short at the end: damaged UTF-8, not Windows-1252
        byte[] bytes = "Café: [PER José Núñez  ] \uD83D\uDE00.\nJosé \u20AC".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        Document document = new CableReader().read("cut.txt", cut);
        assertThat(document.source().encoding()).as("every byte still comes back").isEqualTo(SourceEncoding.WINDOWS_1252);
        Diagnostic problem = document.diagnostics().get(0);
        assertThat(problem.code()).isEqualTo("damaged-utf8");
        assertThat(problem.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(problem.losesAnnotation()).as("the commands exit 1 for it").isTrue();
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).as("after 'José ', 5 code points of 6 bytes").isEqualTo(6);
        assertThat(problem.message()).startsWith("the file holds UTF-8 but has 2 bytes that are not (the first, 0xE2, here)")
                .contains("read as Windows-1252").contains("fix the file");
        assertThat(new CableWriter().write(document)).isEqualTo(cut);
    }

    @Test
    void oneStrayByteInUtf8IsNamedAsOneByte() {
        byte[] bytes = "Caf\u00e9 Jos\u00e9 x".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Diagnostic problem = new CableReader().read("stray.txt", bytes).diagnostics().get(0);
        assertThat(problem.code()).isEqualTo("damaged-utf8");
        assertThat(problem.column()).isEqualTo(11);
        assertThat(problem.message()).startsWith("the file holds UTF-8 but has 1 byte that is not (the first, 0xFF, here)");
    }

    @Test
    void windows1252TextStaysAWarningEvenWhereACapitalAndAQuoteLookLikeUtf8() {
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        // 'É’' is C9 92, valid UTF-8 by accident (U+0252); the rest is Windows-1252 only
        for (String text : List.of("It\u2019s a caf\u00e9 \u201cnear\u201d here", "JOS\u00c9\u2019S CAF\u00c9 \u2014 PER\u00da\u2014 ol\u00e9",
                // E9 85 94, C3 94 and E9 85 92 are UTF-8 by accident (a Chinese character, Ô, another Chinese one)
                "He said \u201cmeet me at the caf\u00e9\u2026\u201d and left.", "The sign read \u201cIRM\u00c3\u201d in capitals.",
                "The minister\u2019s r\u00e9sum\u00e9\u2026\u2019 was thin.")) {
            byte[] bytes = text.getBytes(cp1252);
            Document document = new CableReader().read("legacy.txt", bytes);
            assertThat(document.text()).isEqualTo(text);
            assertThat(document.diagnostics()).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo("encoding-fallback");
                assertThat(note.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                assertThat(note.losesAnnotation()).isFalse();
            });
        }
    }

    @Test
    void everySpanMapsBackToItsTagInTheSource() {
        String source = "<pre>x <a>[PER Rubaie  ]</a> y</pre>";
        Document document = read(source);
        int[] range = document.sourceRangeOf(document.spans().get(0));
        assertThat(source.substring(range[0], range[1])).isEqualTo("[PER Rubaie  ]");
    }

    @Test
    void idIsTheFileNameWithoutFoldersAndExtension() {
        assertThat(CableReader.idOf("cables/2009/004_139b.txt")).isEqualTo("004_139b");
        assertThat(CableReader.idOf("README")).isEqualTo("README");
    }
}
