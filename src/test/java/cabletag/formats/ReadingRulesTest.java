package cabletag.formats;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.GivenTokens;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReadingRules#GENERATION} says which rules read a file; the window keeps what reading found under it and
 * takes it back only while the rules are the same. This test holds the two together: it reads the seeds, the golden
 * exports of every format and a set of awkward files, and compares a digest of everything reading gave (texts,
 * entities, header fields, tokens given, and each problem's place, kind and code) with the digest recorded for the
 * generation. A change that reads the same bytes differently fails here until the generation is raised and its digest
 * recorded. The wording of a problem is not in the digest: said better, a problem is still the same problem, and
 * raising the generation for it would have every window read every cable again for nothing.
 */
class ReadingRulesTest {

    /** The digest of what the files below read as, by generation. */
    private static final Map<Integer, String> DIGESTS = Map.of(
            1, "640dfac50fe25014d8103c34d8efa4481921eb0d5409338522cc94351748deba",
            // block markup separates words (ADR 0014): html.txt reads differently, blocks.html is new
            2, "e41ab732e647aac1cd361e2f050c6ef690fcc2dab97feb62563d76b4fdc9ce4f",
            // markup ends where a browser ends it, references read as a browser reads them (ADR 0015): browser.html is
            // new, and every other file reads as under generation 2
            3, "d24736afa13eb54def4a12e1bc69841b04db1efbed8ee430fe179756d289080a",
            // a label that is a tag (O, B-PER) labels no entity: tag-labels.txt, .jsonl and .conll are new, a field says
            // whether it is JSON (a CoNLL document's line is a number), and every other file reads as under generation 3
            // (1 to 3 digest the problems' wording too; 4 was 371e936e… so, and is the digest below, made without the
            // wording, of the reading of 17e9b45, the last commit whose wording gave 371e936e…, and of the reading since)
            4, "948aae807e79b7c8c745df19dc3d9c7e0b3152c90ec952b1fcc2f42eb3d7de89",
            // an HTML page's <!DOCTYPE>, <![if …]>, <![CDATA[…]]> and <?xml?> are markup, three or more tags on the same
            // words keep the innermost, <!--> and </ p> end as a browser ends them, a known label followed by small letters,
            // a tab, a colon or a no-break space is named: declarations.html, comments.html and same-words.txt are new;
            // a JSON line's "entities" and "labels" are read and its meta.source kept: entities.jsonl is new, the golden
            // jsonl keeps its sources; a brat .txt holding a cable's tags no entity covers is named as annotation lost:
            // tagged.txt and .ann are new; a page by its name or more of its markup is HTML: word.txt and titled.html
            // are new; bracketed words of a label no tagger uses are no unclosed tag: brackets.txt is new; a tag ends at no blank line:
            // blank-tag.html is new; a cable opening with the word -DOCSTART- is a cable, a CoNLL file's tabs, mid-file
            // mark and words on a -DOCSTART- line are read or named: docstart-memo.txt and joined.conll are new; every other
            // file reads as under 4
            5, "13b9ccc9f7056d871e3e4f79c65e98702a5c518d6305c411bea01c8b25bca203");

    @TempDir
    Path temp;

    @Test
    void theSameFilesReadAsTheyDidUnderThisGeneration() throws IOException {
        Path awkward = awkwardFiles(Files.createDirectories(temp.resolve("awkward")));
        List<Path> inputs = List.of(Path.of("seeds"), Path.of("src/test/resources/golden"), awkward);
        StringBuilder dump = new StringBuilder();
        for (Path input : inputs) { // one at a time: the order of several inputs follows where they are on the disk
            for (ReadOutcome outcome : CorpusReader.standard().readAll(List.of(input))) {
                dump.append("file ").append(outcome.file().name()).append('\n');
                for (String problem : outcome.problems()) {
                    dump.append("problem ").append(withoutWording(problem.replace(temp.toString(), "<temp>"))).append('\n');
                }
                for (Document document : outcome.documents()) {
                    describe(document, dump);
                }
            }
        }
        String digest = sha256(dump.toString());
        // what was read, to compare with the dump of the commit before when the digest changes
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("reading-rules.txt"), dump);
        assertThat(digest)
                .as("the files read differently than under generation %d: raise ReadingRules.GENERATION to %d and"
                        + " record this digest for it in DIGESTS; target/reading-rules.txt holds what was read (the window then reads every cable again instead of"
                        + " showing what the earlier rules found)", ReadingRules.GENERATION, ReadingRules.GENERATION + 1)
                .isEqualTo(DIGESTS.get(ReadingRules.GENERATION));
    }

    private static void describe(Document document, StringBuilder dump) {
        dump.append("document ").append(document.id()).append(' ').append(document.source().name()).append(' ')
                .append(document.source().format()).append(' ').append(document.source().encoding()).append('\n');
        dump.append("text ").append(document.text().length()).append(' ').append(document.text()).append('\n');
        for (Span span : document.spans()) {
            dump.append("span ").append(span.start()).append(' ').append(span.end()).append(' ')
                    .append(span.label().name()).append('\n');
        }
        document.metadata().forEach((key, value) -> dump.append("field ").append(key).append('=').append(value)
                .append(value.json() ? " (json)" : "").append('\n'));
        GivenTokens tokens = document.givenTokens();
        if (tokens.isGiven()) {
            for (int t = 0; t < tokens.count(); t++) {
                dump.append(tokens.start(t)).append('-').append(tokens.end(t)).append(' ');
            }
            for (int s = 0; s < tokens.sentenceCount(); s++) {
                dump.append('|').append(tokens.sentenceStart(s));
            }
            dump.append('\n');
        }
        for (Diagnostic diagnostic : document.diagnostics()) {
            dump.append("diagnostic ").append(diagnostic.severity()).append(' ').append(diagnostic.code()).append(' ')
                    .append(diagnostic.line()).append(':').append(diagnostic.column())
                    .append(diagnostic.losesAnnotation() ? " loses annotation" : "").append('\n');
        }
    }

    /** A problem line's file, place, kind and code ({@code a.jsonl:3:1: error [damaged-utf8]}): not its wording. */
    static String withoutWording(String problem) {
        java.util.regex.Matcher line = WORDED.matcher(problem);
        return line.matches() ? line.group(1) + ": " + line.group(2) + (line.group(3) == null ? "" : line.group(3)) : problem;
    }

    private static final java.util.regex.Pattern WORDED =
            java.util.regex.Pattern.compile("(.*?): (error|warning|note|info): .*?( \\[[a-z0-9-]+\\])?", java.util.regex.Pattern.DOTALL);

    /** Files that make the readers say something: broken tags, markup, encodings, NULs, bad dataset lines. */
    private static Path awkward(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static Path awkwardFiles(Path folder) throws IOException {
        awkward(folder, "unclosed.txt", utf8("[PER Rubaie  ] met [LOC Tehran officials\n\n( [ORG S  ] ) [ORG Summary: NSA  ]\n"));
        awkward(folder, "html.txt", utf8("<html><pre>[PER Ali  ] &amp; [LOC Basra  ]<br>&lt;x&gt;</pre>"
                + "<a title=\"[PER Hidden  ]\">link</a></html>\n"));
        awkward(folder, "blocks.html", utf8("<HTML><body><p>Rubaie met officials</p><P class=x>[LOC Tehran  ] said</P>\r\n"
                + "<div>AT&amp;T</div>next<br>line<BR/>[PER Mowafaq<br />al-Rubaie  ]<table><tr><td>a</td><TD>b</TD></tr></table>"
                + "<p>kept</p> <p>apart</p><b>in</b>line<o:p>x</o:p>\n"));
        awkward(folder, "browser.html", utf8("<pre>x</pre><div title=\"a > b\">y</div>z<p\nclass=\"x\">[PER Rubaie  ]</p\r\n>"
                + "<script type=\"text/javascript\">var s = \"[PER Hidden  ]\"; if (a < b) {}\n</script><STYLE>p > b {}</STYLE>"
                + "a&#13;b&#13;\nc&#13;&#10;d&ensp;e&zwnj;f&#146;s&alpha;<script>unclosed [LOC Tehran  ]\n"));
        awkward(folder, "crlf.txt", utf8("SUBJECT: TALKS\r\nTAGS: PREL IZ\r\n[PER Maliki  ] said\r\n"));
        awkward(folder, "latin1.txt", "JOS\u00C9\u2019S [PER Jos\u00E9  ]\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        awkward(folder, "damaged.txt", concat(utf8("Jos\u00E9 [PER Mar\u00EDa  ] caf\u00E9 \u2014 "), new byte[] {(byte) 0xC3}));
        awkward(folder, "utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "[LOC Erbil  ] x".getBytes(StandardCharsets.UTF_16LE)));
        awkward(folder, "nul.txt", utf8("[PER A  ] b\0c [LOC D  ]\n"));
        awkward(folder, "nul-late.txt", utf8("[PER A  ] b\n".repeat(1000) + "c\0d [LOC D  ]\n"));
        StringBuilder conll = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
        for (int i = 0; i < 900; i++) {
            conll.append("Word").append(i).append(i % 7 == 0 ? " B-PER" : " O").append('\n');
            if (i % 30 == 29) {
                conll.append('\n');
            }
        }
        conll.append("AT&T B-ORG\nU.S.-Iraq I-ORG\nbad\0line O\n\n-DOCSTART- -X- -X- O\n\nAli B-PER\nno-tag-here\n\n-DOCSTART- -X- -X- O\n\nOmar\0B-PER\n");
        awkward(folder, "data.conll", utf8(conll.toString()));
        awkward(folder, "data.jsonl", utf8("{\"text\": \"Ali in Basra\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n"
                + "{\"text\": \"broken\", \"spans\": [{\"start\": 4, \"end\": 99, \"label\": \"LOC\"}]}\n"
                + "not json\n{\"text\": \"a\\u0000b\"}\n"));
        awkward(folder, "tag-labels.txt", utf8("[O Rubaie  ] met [B-PER Hakim  ] and [I-PER Ali  ], [E-MAIL x  ] [PER Omar  ]\n"));
        awkward(folder, "tag-labels.jsonl", utf8("{\"text\": \"Ali met Bob\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"O\"},"
                + " {\"start\": 8, \"end\": 11, \"label\": \"b-per\"}]}\n"));
        awkward(folder, "tag-labels.conll", utf8("Ali B-O\nmet O\nBob B-B-PER\nand O\nOmar B-PER\n"));
        awkward(folder, "declarations.html", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"\n"
                + " \"x.dtd\">\n<html><body><p><![if !supportLists]>1.<![endif]>[PER Rubaie  ] <![CDATA[ [LOC x  ] ]]> wow<! a\n"));
        awkward(folder, "same-words.txt", utf8("Met [PER [ORG [LOC Rubaie  ]  ]  ] and [A [B [C [D x  ]  ]\n  ]  ] y\n"
                + "x [Per Ali  ] [PER\tBob  ] [PER:Cee  ] [PER\u00A0Dee  ] [PER\u202FEee  ]\n"));
        awkward(folder, "comments.html", utf8("<p>a<!-->[PER Bob  ]<!--->c</ p>d</>e<!-- x --!>f</p>\n"));
        awkward(folder, "brackets.txt", utf8("see [REF A] and [EMBASSY NOTE: text follows]\n[PER Rubaie] and [GPE Baghdad\n\nx\n"));
        awkward(folder, "blank-tag.html", utf8("<p>a </b\n\nc> d</p>\n"));
        awkward(folder, "word.txt", utf8("<p class=MsoNormal><![if !supportLists]>1.<![endif]>[PER Rubaie  ] met</p>\n"));
        awkward(folder, "titled.html", utf8("<!DOCTYPE html>\n<title>x</title>\n[PER Rubaie  ] met\n"));
        awkward(folder, "entities.jsonl", utf8("{\"text\": \"Ali met Bob\", \"entities\": [{\"id\": 1, \"label\": \"PER\", \"start_offset\": 0,"
                + " \"end_offset\": 3}, {\"label\": \"LOC\", \"start_offset\": 8, \"end_offset\": 99}], \"relations\": [{\"id\": 1}]}\n"
                + "{\"text\": \"Ali met Bob\", \"entities\": [[8, 11, \"PER\"]], \"labels\": [[0, 3, \"PER\"]], \"ents\": [[4, 7, \"X\"]]}\n"
                + "{\"text\": \"Ali\", \"labels\": [[0, 3, \"PER\"]], \"meta\": {\"source\": \"wire/0042.txt\", \"desk\": \"NEA\"}}\n"));
        awkward(folder, "docstart-memo.txt", utf8("-DOCSTART- memo: [PER Ali  ] met [LOC Basra  ]\n"));
        awkward(folder, "joined.conll", utf8("-DOCSTART- doc-1\n\nNew York\tB-LOC\n\u00A0\tB-PER\nin\t_\tO\nBig Apple\tNN\tB-LOC\n\n"
                + "\uFEFF-DOCSTART-\tO\n\nBob\tB-PER\n"));
        awkward(folder, "rel.txt", utf8("Ali met Omar\n"));
        awkward(folder, "rel.ann", utf8("T1\tPER 0 3\tAli\nT2\tPER 8 12\tOmar\nR1\tMeets Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tnote\n"));
        awkward(folder, "tagged.txt", utf8("Met [PER Ali  ] in [LOC Basra  ] and [ORG GoI  ]\n"));
        awkward(folder, "tagged.ann", utf8("T1\tORG 42 45\tGoI\n"));
        return folder;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
