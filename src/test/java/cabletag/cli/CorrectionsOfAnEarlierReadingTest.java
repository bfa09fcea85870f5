package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections stored by a cabletag of reading generation 1, whose clean text glued the words of an HTML cable's
 * blocks together, are put back on the same words of the text read now (ADR 0014), by the commands and the window
 * alike; what cannot be placed is named; the window's next write records the current generation.
 */
class CorrectionsOfAnEarlierReadingTest extends WithTemporaryStore {

    static final String CABLE = "<html><body><p>Rubaie met officials</p><p>[LOC Tehran  ] said</p>"
            + "<div>Mowafaq<br>al-Rubaie met Rubaie</div><table><tr><td>Basra</td><td>Rubaie</td></tr></table></body></html>\n";
    /** What generation 1 read from it: no separator between the blocks. */
    static final String GLUED = "Rubaie met officialsTehran saidMowafaqal-Rubaie met RubaieBasraRubaie\n";
    static final String NOW = "Rubaie met officials\nTehran said\nMowafaq\nal-Rubaie met Rubaie\nBasra\tRubaie\n";
    /** What generation 3 changed, said after generation 2's change to a store file of generation 1. */
    static final String AS_A_BROWSER = "script and style contents, and HTML markup over a line break or holding a quoted"
            + " '>', are no longer text, and &#13;, &ensp; and other character references are read as a browser reads them; an entity no longer takes in the white space at its ends"
            + "; <!DOCTYPE …>, <![if …]>, <![CDATA[…]]> and <?xml …?> in an HTML page are no longer text, and three or more tags on"
            + " the same words keep only the innermost";

    private Path corpus;
    private Path storeFile;
    private String fingerprint;

    @BeforeEach
    void storeCorrectionsOfTheFirstGeneration() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("page.txt"), CABLE);
        // the window stores one correction, so the file has its name, path and fingerprint; its content is then
        // replaced by what a cabletag of generation 1 wrote (no "readingGeneration", offsets over the glued text)
        StoredCorrectionFile stored = StoredCorrectionFile.made(dir.resolve("home"), corpus, NOW);
        storeFile = stored.file();
        fingerprint = stored.fingerprint();
    }

    private void storeGenerationOne(String added) throws IOException {
        int tehran = GLUED.indexOf("Tehran");
        Files.writeString(storeFile, "{\n  \"version\" : 3,\n  \"path\" : \"" + corpus.resolve("page.txt").toRealPath() + "\",\n"
                + "  \"document\" : \"page.txt\",\n  \"id\" : \"page\",\n  \"sourceSha256\" : \"" + fingerprint + "\",\n"
                + "  \"status\" : \"IN_PROGRESS\",\n"
                + "  \"removed\" : [ " + span(tehran, "LOC", "Tehran") + " ],\n"
                + "  \"added\" : [ " + span(tehran, "ORG", "Tehran") + ", " + added + " ]\n}\n");
    }

    /** The four corrections an analyst made on the glued text: a relabel, a name over a block, the third Rubaie, the first. */
    private static String fourCorrections() {
        return span(GLUED.indexOf("Mowafaqal-Rubaie"), "PER", "Mowafaqal-Rubaie") + ", "
                + span(GLUED.indexOf("met Rubaie") + 4, "PER", "Rubaie") + ", " + span(0, "PER", "Rubaie");
    }

    private static String span(int start, String label, String text) {
        return "{ \"start\" : " + start + ", \"end\" : " + (start + text.length()) + ", \"label\" : \"" + label
                + "\", \"text\" : \"" + text + "\" }";
    }

    private String shown() {
        return corpus.resolve("page.txt").toString();
    }

    private static List<String> exportedEntities(Path jsonl) throws IOException {
        return exportedEntities(jsonl, NOW);
    }

    /** The entities of the jsonl export's first line, whose text is {@code text}, as label and the text its code point offsets slice. */
    static List<String> exportedEntities(Path jsonl, String expectedText) throws IOException {
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(jsonl).get(0));
        String text = line.get("text").asText();
        assertThat(text).isEqualTo(expectedText);
        int[] codePoints = text.codePoints().toArray();
        List<String> entities = new ArrayList<>();
        for (JsonNode span : line.get("spans")) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            entities.add(span.get("label").asText() + " " + start + "-" + end + " " + new String(codePoints, start, end - start));
        }
        return entities;
    }

    private static List<String> windowEntities(Document document) {
        List<String> entities = new ArrayList<>();
        for (Span span : document.spans()) {
            // no character outside the BMP here: UTF-16 offsets are code point offsets
            entities.add(span.label() + " " + span.start() + "-" + span.end() + " " + document.textOf(span));
        }
        return entities;
    }

    @Test
    void correctionsOverTheGluedTextGoBackOnTheSameWordsForTheCommandsAndTheWindowAlike() throws IOException {
        storeGenerationOne(fourCorrections());
        List<String> expected = List.of(
                "PER 0-6 Rubaie",
                "ORG 21-27 Tehran",
                "PER 33-50 Mowafaq\nal-Rubaie",
                "PER 55-61 Rubaie");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());
        Result check = CliTest.run("check", "--notes", corpus.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(exportedEntities(dir.resolve("out.jsonl"))).isEqualTo(expected);
        String note = shown() + ": note: the corrections were saved when cabletag read this file's text differently (HTML"
                + " blocks, line breaks and table cells now separate the words around them; " + AS_A_BROWSER + "); all 5 were"
                + " found again and re-applied.";
        assertThat(export.err().lines().toList()).containsExactly(note);
        assertThat(check.code()).isZero();
        assertThat(check.out().lines().toList()).containsExactly(note);
        try (Workspace window = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            assertThat(windowEntities(window.document(0))).isEqualTo(expected);
            assertThat(window.problems()).isEmpty();
        }
        // the window stored them anew, over the text read now and saying so: nothing is looked for any more
        JsonNode rewritten = new ObjectMapper().readTree(storeFile.getParent().resolve(storeFile.getFileName()).toFile());
        assertThat(rewritten.get("readingGeneration").asInt()).isEqualTo(cabletag.formats.ReadingRules.GENERATION);
        Result again = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("again.jsonl").toString(), corpus.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(exportedEntities(dir.resolve("again.jsonl"))).isEqualTo(expected);
    }

    @Test
    void aCorrectionThatFitsNoWordsOfTheTextIsNamedAndTheOthersGoBack() throws IOException {
        storeGenerationOne(span(GLUED.indexOf("Basra"), "LOC", "Najaf"));

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());

        assertThat(export.code()).isEqualTo(1);
        int basra = GLUED.indexOf("Basra");
        assertThat(export.err()).contains(shown() + ": error: the corrections were saved when cabletag read this file's text"
                        + " differently (HTML blocks, line breaks and table cells now separate the words around them; "
                        + AS_A_BROWSER + "); re-applied 2 of 3.",
                shown() + ": error: could not re-apply LOC “Najaf” at " + (basra + 4) + "-" + (basra + 9)
                        + ": the text is no longer there or nearby (the text there is now “Basra”).");
        try (Workspace window = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            assertThat(windowEntities(window.document(0))).containsExactly("ORG 21-27 Tehran");
            // a workspace without a window stores the cable anew at once: the correction it could not place is then
            // in the copy kept before re-applying, and listed as a note (as cabletag check counts it after that write)
            assertThat(window.notes()).anyMatch(line -> line.contains("could not re-apply LOC “Najaf”"))
                    .anyMatch(line -> line.contains("read this file's text differently"));
            // stored anew without it, as the commands then find the store: neither line is a problem any more
            assertThat(window.problems()).noneMatch(line -> line.contains("re-appl"));
        }
    }

    @Test
    void aFileThatAlsoChangedHasItsCorrectionsLookedForByTheirText() throws IOException {
        storeGenerationOne(span(GLUED.indexOf("Mowafaqal-Rubaie") + 7, "PER", "al-Rubaie"));
        Files.writeString(corpus.resolve("page.txt"), "<p>New first line</p>" + CABLE);

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).contains("the file changed since the corrections were saved; all 3 were found again");
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("out.jsonl")).get(0));
        String text = line.get("text").asText();
        List<String> entities = new ArrayList<>();
        for (JsonNode span : line.get("spans")) {
            entities.add(span.get("label").asText() + " " + text.substring(span.get("start").asInt(), span.get("end").asInt()));
        }
        assertThat(entities).containsExactly("ORG Tehran", "PER al-Rubaie");
    }
}
