package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rejected suggestion is the analyst's work as a correction is: it follows the cable where its corrections
 * follow it, when its folder is moved and when a line is added above it, in the window's route (the workspace and
 * its suggestion session), over the seeds. Found from outside: both came back, while the corrections followed.
 */
class RejectionsFollowTheCableTest extends OverCopiedSeeds {

    private static final String SEED = "000_cb2ef8ccb40cf302.txt";
    /** A line added at the top of the file: every place below it moves by its length. */
    private static final String ABOVE = "A line added above the cable.\n";

    @Override
    String corpusFolder() {
        return "w/seeds";
    }

    /** The seed, named under whichever input it was opened by ({@code sub/seeds/000….txt} under {@code w2}). */
    private static int seed(Workspace workspace) {
        for (String under : List.of("", "seeds/", "sub/seeds/")) {
            if (workspace.indexOf(under + SEED).isPresent()) {
                return workspace.indexOf(under + SEED).getAsInt();
            }
        }
        throw new AssertionError("no " + SEED);
    }

    /** "start text LABEL" of every suggestion of the seed, from either source. */
    private static List<String> suggested(Workspace workspace) {
        return gathered(workspace).suggestions(seed(workspace)).stream()
                .map(s -> s.start() + " " + s.text() + " " + s.label()).distinct().toList();
    }

    private static Suggestion at(SuggestionSession session, int cable, int start, String text) {
        return session.suggestions(cable).stream().filter(s -> s.start() == start && s.text().equals(text)).findFirst().orElseThrow();
    }

    /** Accepts Rubaie (a correction, stored with the cable) and rejects these suggestions of the seed, then closes. */
    private void correctAndReject(Object... startsAndTexts) throws IOException {
        try (Workspace workspace = open(corpus)) {
            SuggestionSession session = gathered(workspace);
            int cable = seed(workspace);
            // every Rubaie of the corpus, as the analyst tags a name everywhere: corrections a line added above moves alike
            session.acceptText(session.suggestions(cable).stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow());
            for (int i = 0; i < startsAndTexts.length; i += 2) {
                session.reject(cable, at(session, cable, (Integer) startsAndTexts[i], (String) startsAndTexts[i + 1]));
            }
            workspace.save();
        }
    }

    private void addALineAbove() throws IOException {
        Path file = corpus.resolve(SEED);
        byte[] was = Files.readAllBytes(file);
        byte[] now = new byte[ABOVE.length() + was.length];
        System.arraycopy(ABOVE.getBytes(StandardCharsets.US_ASCII), 0, now, 0, ABOVE.length());
        System.arraycopy(was, 0, now, ABOVE.length(), was.length);
        Files.write(file, now);
    }

    @Test
    void aRejectionFollowsItsCableIntoAMovedFolderAndStaysThereAfterReopening() throws IOException {
        correctAndReject(2485, "IRGC");
        Path moved = dir.resolve("w2/sub/seeds"); // as found from outside: mv w/seeds w2/sub/seeds, then open w2
        Files.createDirectories(moved.getParent());
        Files.move(corpus, moved);
        try (Workspace workspace = open(dir.resolve("w2"))) {
            assertThat(workspace.notes()).anyMatch(note -> note.contains("the corrections made when this cable was at"));
            List<String> now = suggested(workspace);
            assertThat(now).noneMatch(s -> s.startsWith("2485 IRGC "));
            assertThat(now).contains("2390 IRGC ORG"); // only that place was rejected
        }
        try (Workspace again = open(dir.resolve("w2"))) { // the corrections are stored under the new place now
            assertThat(suggested(again)).noneMatch(s -> s.startsWith("2485 IRGC ")).contains("2390 IRGC ORG");
        }
    }

    @Test
    void rejectionsArePlacedAgainWhereTheCorrectionsMovedWhenALineIsAddedAbove() throws IOException {
        correctAndReject(0, "US", 430, "U.S.");
        addALineAbove();
        int shift = ABOVE.length();
        try (Workspace workspace = open(corpus)) {
            assertThat(workspace.notes()).anyMatch(note -> note.contains("were found again and re-applied"));
            List<String> now = suggested(workspace);
            assertThat(now).noneMatch(s -> s.startsWith(shift + " US ") || s.startsWith((430 + shift) + " U.S. "));
            assertThat(now).contains((1031 + shift) + " U.S. LOC"); // another U.S. is suggested as before
        }
        try (Workspace again = open(corpus)) {
            assertThat(suggested(again)).noneMatch(s -> s.startsWith(shift + " US ") || s.startsWith((430 + shift) + " U.S. "));
        }
    }

    @Test
    void aRejectionWhoseTextIsGoneFromItsPlaceNoLongerAppliesAndGoesToNoOtherOccurrence() throws IOException {
        correctAndReject(2485, "IRGC");
        Path file = corpus.resolve(SEED);
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int at = text.replace("\r\n", "\n").indexOf("IRGC", 2485);
        assertThat(at).as("the seed is plain LF text: clean offsets are file offsets").isEqualTo(2485);
        Files.writeString(file, text.substring(0, at) + "Quds" + text.substring(at + 4), StandardCharsets.US_ASCII);
        try (Workspace workspace = open(corpus)) {
            List<String> now = suggested(workspace);
            assertThat(now).contains("2208 IRGC ORG", "2390 IRGC ORG"); // never put on another IRGC nearby
            assertThat(workspace.notes()).anyMatch(note -> note.contains("the rejected suggestion ORG “IRGC” at 2485-2489 no longer applies"));
        }
    }

    @Test
    void aTextRejectedEverywhereStaysRejectedWhenItsCableMovesAndChanges() throws IOException {
        try (Workspace workspace = open(corpus)) {
            SuggestionSession session = gathered(workspace);
            int cable = seed(workspace);
            session.rejectText(cable, at(session, cable, 2485, "IRGC"));
        }
        addALineAbove();
        Path moved = dir.resolve("elsewhere/seeds");
        Files.createDirectories(moved.getParent());
        Files.move(corpus, moved);
        try (Workspace workspace = open(moved)) {
            assertThat(suggested(workspace)).noneMatch(s -> s.contains(" IRGC ") && s.endsWith(Label.ORG.name()));
        }
    }

    @Test
    void rejectionsOfACableWithNoCorrectionsFollowALineAddedAboveByThemselves() throws IOException {
        try (Workspace workspace = open(corpus)) {
            SuggestionSession session = gathered(workspace);
            int cable = seed(workspace);
            session.reject(cable, at(session, cable, 0, "US"));
            session.reject(cable, at(session, cable, 430, "U.S."));
        }
        addALineAbove();
        int shift = ABOVE.length();
        try (Workspace workspace = open(corpus)) {
            // the one shift that puts both on their text, as for corrections on repeated names
            assertThat(suggested(workspace)).noneMatch(s -> s.startsWith(shift + " US ") || s.startsWith((430 + shift) + " U.S. "))
                    .contains((1031 + shift) + " U.S. LOC");
        }
    }

    /** Rejects these suggestions of the seed and nothing else: the cable has no corrections stored. */
    private void rejectOnly(Object... startsAndTexts) throws IOException {
        try (Workspace workspace = open(corpus)) {
            SuggestionSession session = gathered(workspace);
            int cable = seed(workspace);
            for (int i = 0; i < startsAndTexts.length; i += 2) {
                session.reject(cable, at(session, cable, (Integer) startsAndTexts[i], (String) startsAndTexts[i + 1]));
            }
        }
        assertThat(Files.exists(StoreLocation.defaultLocation().root().resolve("store/cables"))
                && Files.list(StoreLocation.defaultLocation().root().resolve("store/cables")).findAny().isPresent())
                .as("no corrections stored").isFalse();
    }

    /**
     * Found from outside: a cable with rejected suggestions and no corrections lost them when its folder was moved,
     * since a moved cable was found by its corrections only; it is now paired by the same rules.
     */
    @Test
    void rejectionsOfACableWithNoCorrectionsFollowItIntoAMovedFolderAndStayThereAfterReopening() throws IOException {
        rejectOnly(2485, "IRGC");
        Path moved = dir.resolve("w2/sub/seeds");
        Files.createDirectories(moved.getParent());
        Files.move(corpus, moved);
        try (Workspace workspace = open(dir.resolve("w2"))) {
            assertThat(workspace.notes()).anyMatch(note -> note.contains("the suggestions rejected when this cable was at "
                    + corpus.toAbsolutePath()));
            List<String> now = suggested(workspace);
            assertThat(now).noneMatch(s -> s.startsWith("2485 IRGC ")).contains("2390 IRGC ORG");
        }
        assertThat(Files.readString(StoreLocation.defaultLocation().root().resolve("suggestions/rejected.json")))
                .as("kept under the new place").contains(moved.toRealPath().toString()).doesNotContain("/w/seeds/");
        try (Workspace again = open(dir.resolve("w2"))) {
            assertThat(suggested(again)).noneMatch(s -> s.startsWith("2485 IRGC ")).contains("2390 IRGC ORG");
        }
    }

    @Test
    void rejectionsOfACableWithNoCorrectionsFollowItWhenItsFileIsRenamed() throws IOException {
        rejectOnly(0, "US", 430, "U.S.");
        Files.move(corpus.resolve(SEED), corpus.resolve("renamed.txt"));
        try (Workspace workspace = open(corpus)) {
            int cable = workspace.indexOf("renamed.txt").orElseThrow();
            List<String> now = gathered(workspace).suggestions(cable).stream()
                    .map(s -> s.start() + " " + s.text() + " " + s.label()).distinct().toList();
            assertThat(now).noneMatch(s -> s.startsWith("0 US ") || s.startsWith("430 U.S. ")).contains("1031 U.S. LOC");
        }
    }

    /** Two files of its text, neither of which can be told to be it: as for corrections, named on each, given to none. */
    @Test
    void rejectionsOfACableWithNoCorrectionsAreNotGuessedOntoOneOfTwoCopies() throws IOException {
        rejectOnly(2485, "IRGC");
        Files.copy(corpus.resolve(SEED), corpus.resolve("copy-a.txt"));
        Files.move(corpus.resolve(SEED), corpus.resolve("copy-b.txt"));
        try (Workspace workspace = open(corpus)) {
            SuggestionSession session = gathered(workspace);
            for (String copy : List.of("copy-a.txt", "copy-b.txt")) {
                int cable = workspace.indexOf(copy).orElseThrow();
                assertThat(session.suggestions(cable)).anyMatch(s -> s.start() == 2485 && s.text().equals("IRGC"));
            }
            // a note, not a problem: nothing but the suggestions depends on rejections, so no export's exit code may
            assertThat(workspace.notes()).filteredOn(line -> line.contains("the suggestions rejected when a cable with this text was at"))
                    .hasSize(2).allMatch(line -> line.contains(": note: ") && line.contains("could belong to")
                            && line.contains("suggestions/rejected.json as they are"));
            assertThat(workspace.problems()).noneMatch(line -> line.contains("the suggestions rejected"));
        }
        assertThat(Files.readString(StoreLocation.defaultLocation().root().resolve("suggestions/rejected.json")))
                .as("left as it is").contains("/w/seeds/" + SEED);
    }

    /**
     * A rejections file written before the fingerprint was kept: its places apply where their text still is, as
     * before, and the window keeps them anew with the fingerprint, so that from then on they follow the cable too.
     */
    @Test
    void aPlaceKeptWithoutAFingerprintAppliesWhereItsTextIsAndIsKeptWithOne() throws IOException {
        Path file = StoreLocation.defaultLocation().root().resolve("suggestions/rejected.json");
        Files.createDirectories(file.getParent());
        String key = corpus.resolve(SEED).toRealPath() + "#000_cb2ef8ccb40cf302";
        String place = "{\"key\": \"" + key + "\", \"start\": %d, \"end\": %d, \"label\": \"LOC\", \"text\": \"%s\"}";
        Files.writeString(file, "{\"version\": 1, \"places\": [" + String.format(place, 0, 2, "US") + ", "
                + String.format(place, 430, 434, "U.S.") + "], \"texts\": []}");
        try (Workspace workspace = open(corpus)) {
            assertThat(suggested(workspace)).noneMatch(s -> s.startsWith("0 US ") || s.startsWith("430 U.S. ")).contains("1031 U.S. LOC");
        }
        assertThat(Files.readString(file)).contains("\"version\" : 1", "\"sourceSha256\" : \"", "\"readingGeneration\" : ");
        addALineAbove();
        int shift = ABOVE.length();
        try (Workspace workspace = open(corpus)) {
            assertThat(suggested(workspace)).noneMatch(s -> s.startsWith(shift + " US ") || s.startsWith((430 + shift) + " U.S. "));
        }
    }
}
