package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.formats.ReadingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections stored by a cabletag of reading generation 2, which read a script's contents, a quoted {@code >}'s
 * remainder and a tag over a line break as text and {@code &ensp;} as six characters, go back on the same words of
 * the text read now (ADR 0015); a correction on words that are markup now is named, never put on the same word
 * elsewhere.
 */
class CorrectionsOfTheSecondReadingTest extends WithTemporaryStore {

    static final String CABLE = "<html><pre>Rubaie met</pre><script type=\"text/javascript\">\nvar who = \"Rubaie\";\n</script>"
            + "<p class=\"a > b\">[LOC Tehran  ] said&ensp;Rubaie</p><p\nclass=\"x\">Basra</p>\n";
    /** What generation 2 read from it (a cabletag of that generation, export -f jsonl). */
    static final String BEFORE = "Rubaie met\nvar who = \"Rubaie\";\n b\">Tehran said&ensp;Rubaie\n<p\nclass=\"x\">Basra\n";
    static final String NOW = "Rubaie met\nTehran said\u2002Rubaie\nBasra\n";

    private Path corpus;
    private Path storeFile;
    private String fingerprint;

    @BeforeEach
    void storeACorrectionToHaveTheFile() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("page.html"), CABLE);
        StoredCorrectionFile stored = StoredCorrectionFile.made(dir.resolve("home"), corpus, NOW);
        storeFile = stored.file();
        fingerprint = stored.fingerprint();
    }

    /** The store file as a cabletag of generation 2 wrote it: offsets over {@link #BEFORE}. */
    private void storeGenerationTwo(String removed, String added) throws IOException {
        Files.writeString(storeFile, "{\n  \"version\" : 3,\n  \"path\" : \"" + corpus.resolve("page.html").toRealPath() + "\",\n"
                + "  \"document\" : \"page.html\",\n  \"id\" : \"page\",\n  \"sourceSha256\" : \"" + fingerprint + "\",\n"
                + "  \"status\" : \"IN_PROGRESS\",\n  \"readingGeneration\" : 2,\n"
                + "  \"removed\" : [ " + removed + " ],\n  \"added\" : [ " + added + " ]\n}\n");
    }

    private static String span(int start, String label, String text) {
        return "{ \"start\" : " + start + ", \"end\" : " + (start + text.length()) + ", \"label\" : \"" + label
                + "\", \"text\" : \"" + text.replace("\"", "\\\"").replace("\n", "\\n") + "\" }";
    }

    private String shown() {
        return corpus.resolve("page.html").toString();
    }

    private static List<String> exportedEntities(Path jsonl) throws IOException {
        return CorrectionsOfAnEarlierReadingTest.exportedEntities(jsonl, NOW);
    }

    @Test
    void correctionsAfterTheScriptGoBackOnTheSameWords() throws IOException {
        int tehran = BEFORE.indexOf("Tehran");
        storeGenerationTwo(span(tehran, "LOC", "Tehran"), span(tehran, "ORG", "Tehran") + ", "
                + span(BEFORE.indexOf("Basra"), "LOC", "Basra")
                + ", " + span(BEFORE.indexOf(" said&ensp;") + 1, "MISC", "said&ensp;Rubaie"));

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(exportedEntities(dir.resolve("out.jsonl"))).containsExactly("ORG 11-17 Tehran", "MISC 18-29 said\u2002Rubaie",
                "LOC 30-35 Basra");
        assertThat(export.err().lines().toList()).containsExactly(shown() + ": note: the corrections were saved when cabletag read"
                + " this file's text differently (" + ReadingRules.changedSince(2) + "); all 4 were found again and re-applied.");
    }

    @Test
    void aCorrectionOnTheScriptsWordsIsNamedAndNotPutOnTheSameWordInTheText() throws IOException {
        storeGenerationTwo("", span(BEFORE.indexOf("Rubaie", 1), "PER", "Rubaie"));

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());

        assertThat(export.code()).isEqualTo(1);
        int at = BEFORE.indexOf("Rubaie", 1);
        assertThat(export.err()).contains(shown() + ": error: the corrections were saved when cabletag read this file's text"
                        + " differently (" + ReadingRules.changedSince(2) + "); re-applied 0 of 1.",
                shown() + ": error: could not re-apply PER “Rubaie” at " + at + "-" + (at + 6) + ": ");
        assertThat(exportedEntities(dir.resolve("out.jsonl"))).containsExactly("LOC 11-17 Tehran");
    }
}
