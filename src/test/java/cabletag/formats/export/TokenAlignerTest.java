package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.GivenTokens;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.formats.dataset.ConllFormat;
import cabletag.formats.inline.CableReader;
import cabletag.formats.tokens.TagScheme;
import cabletag.formats.tokens.TokenSpan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenAlignerTest {

    private final TokenAligner aligner = new TokenAligner();

    static Document plain(String text, Span... spans) {
        return new Document("t", DocumentSource.ofCleanText("t.jsonl", SourceFormat.JSONL, text), text,
                SpanSet.of(spans), null, null);
    }

    static List<String> tokens(AlignedDocument aligned) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < aligned.tokenCount(); i++) {
            tokens.add(aligned.token(i));
        }
        return tokens;
    }

    @Test
    void anEntityBoundaryInsideATokenSplitsTheToken() {
        //          0         1         2
        //          0123456789012345678901234
        String t = "Affairs Michael Corbin";
        //                  [ORG ]
        AlignedDocument aligned = aligner.align(plain(t, Span.of(8, 14, "ORG")));
        assertThat(tokens(aligned)).containsExactly("Affairs", "Michae", "l", "Corbin");
        assertThat(TagScheme.IOB2.encode(aligned.entities().get(0), 4)).containsExactly("O", "B-ORG", "O", "O");
    }

    @Test
    void theTaggersSplitWordKeepsItsEntityWhole() {
        byte[] cable = "[ORG Political-Military Affairs Michae  ] l [PER Corbin  ] for reasons".getBytes(StandardCharsets.UTF_8);
        Document document = new CableReader().read("c.txt", cable);
        AlignedDocument aligned = aligner.align(document);
        List<String> tags = TagScheme.IOB2.encode(aligned.entities().get(0), aligned.tokenCount());
        assertThat(tokens(aligned).subList(0, 5)).containsExactly("Political-Military", "Affairs", "Michae", "l", "Corbin");
        assertThat(tags.subList(0, 5)).containsExactly("B-ORG", "I-ORG", "I-ORG", "O", "B-PER");
    }

    @Test
    void plainTextKeepsAbbreviationsAndHyphenatedNamesWhole() {
        //          0         1         2         3         4
        //          01234567890123456789012345678901234567890123
        String t = "Amb. Khalilzad met al-Rubaie in the U.S. today.";
        //               [PER    ]     [PER    ]
        AlignedDocument aligned = aligner.align(plain(t, Span.of(5, 14, "PER"), Span.of(19, 28, "PER")));
        assertThat(tokens(aligned)).containsExactly("Amb.", "Khalilzad", "met", "al-Rubaie", "in", "the", "U.S.", "today", ".");
        assertThat(aligned.sentenceCount()).isEqualTo(1);
    }

    @Test
    void plainTextSentencesEndAtFinalPunctuationAndBlankLinesNotAtLineWraps() {
        String t = "Rubaie met\nofficials at Wikileaks.org. He left.\n\nNew paragraph here";
        AlignedDocument aligned = aligner.align(plain(t));
        assertThat(aligned.sentenceCount()).isEqualTo(3);
        assertThat(aligned.token(aligned.sentenceStart(1))).isEqualTo("He");
        assertThat(aligned.token(aligned.sentenceStart(2))).isEqualTo("New");
    }

    @Test
    void aSentenceNeverEndsInsideAnEntity() {
        //          0         1
        //          0123456789012345678
        String t = "Gen. X. Y. Smith! ok";
        //          [PER            ]
        AlignedDocument aligned = aligner.align(plain(t, Span.of(0, 17, "PER")));
        assertThat(aligned.entities().get(0)).hasSize(1);
        assertThat(aligned.entities().stream().mapToInt(List::size).sum()).isEqualTo(1);
    }

    @Test
    void taggedCablesHaveOneSentencePerLine() {
        byte[] cable = "[PER Rubaie  ] met U.S. officials .\nHe left [LOC Tehran  ] . Then more\n".getBytes(StandardCharsets.UTF_8);
        AlignedDocument aligned = aligner.align(new CableReader().read("c.txt", cable));
        assertThat(aligned.sentenceCount()).isEqualTo(2);
    }

    @Test
    void flatFormatsCarryTheOutermostEntityAndReportNested() {
        //          0         1         2
        //          0123456789012345678901234
        String t = "Embassy Baghdad said";
        //          [ORG          ]
        //                  [LOC  ]
        AlignedDocument aligned = aligner.align(plain(t, Span.of(0, 15, "ORG"), Span.of(8, 15, "LOC")));
        assertThat(aligned.nestedDropped()).containsExactly(Span.of(8, 15, "LOC"));
        assertThat(aligned.entities().get(0)).containsExactly(new TokenSpan(0, 2, Label.ORG));
    }

    /** A document whose text was given as tokens, sentence by sentence, as the CoNLL reader gives it. */
    static Document given(String[][] sentences, Span... spans) {
        StringBuilder text = new StringBuilder();
        GivenTokens.Builder tokens = new GivenTokens.Builder();
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                if (text.length() > 0) {
                    text.append(i == 0 ? '\n' : ' ');
                }
                tokens.token(text.length(), text.append(sentence[i]).length());
            }
            tokens.endSentence();
        }
        String clean = text.toString();
        return new Document("g", DocumentSource.ofCleanText("g.conll", SourceFormat.CONLL, clean), clean,
                SpanSet.of(spans), null, null, tokens.build(clean.length()));
    }

    static List<List<String>> sentences(AlignedDocument aligned) {
        List<List<String>> sentences = new ArrayList<>();
        for (int s = 0; s < aligned.sentenceCount(); s++) {
            List<String> sentence = new ArrayList<>();
            for (int t = aligned.sentenceStart(s); t < aligned.sentenceEnd(s); t++) {
                sentence.add(aligned.token(t));
            }
            sentences.add(sentence);
        }
        return sentences;
    }

    @Test
    void givenTokensAndSentencesAreKeptAsGiven() {
        String flag = "\uD83C\uDDEE\uD83C\uDDF6";
        AlignedDocument aligned = aligner.align(given(new String[][] {
            {"AT&T", "said"}, {"U.S.-Iraq", "http://x.org/a?b=c", ":-)", flag, "Baghdad."}, {"no", "full", "stop"}}));
        assertThat(sentences(aligned)).containsExactly(List.of("AT&T", "said"),
                List.of("U.S.-Iraq", "http://x.org/a?b=c", ":-)", flag, "Baghdad."), List.of("no", "full", "stop"));
    }

    /** The CoNLL reader's document, not one made here: what its reading gives is what the export keeps. */
    @Test
    void aConllDocumentKeepsTheTokensOfItsFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.conll"),
                "AT&T _ _ B-ORG\nsaid _ _ O\n\nRubaie _ _ B-PER\nleft. _ _ O\nok _ _ O\n");
        AlignedDocument aligned = aligner.align(new ConllFormat().read(file, "t.conll").get(0));
        assertThat(sentences(aligned)).containsExactly(List.of("AT&T", "said"), List.of("Rubaie", "left.", "ok"));
        assertThat(aligned.entities()).containsExactly(List.of(new TokenSpan(0, 1, Label.ORG)),
                List.of(new TokenSpan(0, 1, Label.PER)));
    }

    /** ADR 0003 for given tokens as for the tagger's: a correction inside a given token splits it there. */
    @Test
    void anEntityBoundaryInsideAGivenTokenSplitsIt() {
        // "see http://x.org/a?b=c\nU.S.-Iraq": x.org is [11, 16), Iraq [28, 32)
        Document document = given(new String[][] {{"see", "http://x.org/a?b=c"}, {"U.S.-Iraq"}},
                Span.of(11, 16, "ORG"), Span.of(28, 32, "LOC"));
        AlignedDocument aligned = aligner.align(document);
        assertThat(sentences(aligned)).containsExactly(List.of("see", "http://", "x.org", "/a?b=c"), List.of("U.S.-", "Iraq"));
        assertThat(aligned.entities()).containsExactly(List.of(new TokenSpan(2, 3, Label.ORG)),
                List.of(new TokenSpan(1, 2, Label.LOC)));
    }

    /** An entity added over a given sentence's end holds the two together, as a sentence never ends inside one. */
    @Test
    void anEntityOverAGivenSentenceEndJoinsTheTwo() {
        // "a Embassy\nBaghdad b\nc": "Embassy\nBaghdad" is [2, 17)
        Document document = given(new String[][] {{"a", "Embassy"}, {"Baghdad", "b"}, {"c"}}, Span.of(2, 17, "ORG"));
        assertThat(sentences(aligner.align(document))).containsExactly(List.of("a", "Embassy", "Baghdad", "b"), List.of("c"));
    }

    @Test
    void anEntityOfWhiteSpaceOnlyIsReportedAsLost() {
        String t = "a   b";
        AlignedDocument aligned = aligner.align(plain(t, Span.of(1, 4, "PER")));
        assertThat(aligned.lost()).containsExactly(Span.of(1, 4, "PER"));
    }
}
