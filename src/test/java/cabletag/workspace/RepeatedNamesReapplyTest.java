package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every correction of a cable on a name it repeats (as "tag all" or accepted suggestions leave it): a line added
 * above lost them all, each text occurring several times nearby and no correction on a unique word to tell how far
 * the text moved. The one shift that puts every one of them back on its text, and each relabel on an entity the file
 * still has, is how far they moved, when no smaller edit explains where they are; else each is named, never put on
 * another occurrence.
 */
class RepeatedNamesReapplyTest {

    private static final String HEADER = "<p>Header added by the archive.</p>\n";
    /** The clean text of {@link #HEADER}: what it adds above everything. */
    private static final int HEADER_LENGTH = "Header added by the archive.\n".length();

    private static String seed() throws IOException {
        return Files.readString(Path.of(System.getProperty("cabletag.seeds", "seeds"), SeedCorrectionTest.SEED_004));
    }

    private static Document read(String source) {
        return new CableReader().read(SeedCorrectionTest.SEED_004, source.getBytes(StandardCharsets.UTF_8));
    }

    /** The relabel to ORG of the tagger's PER “Rubaie” entities at these offsets, as the window stores it. */
    private static StoredCorrection relabelled(Document corrected, int... starts) {
        List<StoredSpan> removed = new ArrayList<>();
        List<StoredSpan> added = new ArrayList<>();
        for (int start : starts) {
            Span entity = Span.of(start, start + "Rubaie".length(), "PER");
            assertThat(corrected.spans().containsSpan(entity)).as("the tagger's entity at " + start).isTrue();
            removed.add(new StoredSpan(entity, "Rubaie"));
            added.add(new StoredSpan(entity.withLabel(Label.ORG), "Rubaie"));
        }
        return new StoredCorrection("/c/" + SeedCorrectionTest.SEED_004, SeedCorrectionTest.SEED_004, "004_139b5bbd77eb63a8",
                Reapplier.sourceHash(corrected), ReviewStatus.IN_PROGRESS, removed, added);
    }

    private static List<Span> orgRubaies(Document read, Reapplier.Result result) {
        return result.spans().stream().filter(span -> span.label().equals(Label.ORG) && read.textOf(span).equals("Rubaie")).toList();
    }

    @Test
    void twoRelabelsOfARepeatedNameFollowALineAddedAbove() throws IOException {
        String seed = seed();
        StoredCorrection stored = relabelled(read(seed), 596, 693);
        Document changed = read(HEADER + seed);

        Reapplier.Result result = Reapplier.reapply(changed, stored);

        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.reapplied()).isEqualTo(4);
        assertThat(result.movedApart()).isEmpty();
        assertThat(orgRubaies(changed, result)).containsExactly(
                Span.of(596 + HEADER_LENGTH, 602 + HEADER_LENGTH, "ORG"), Span.of(693 + HEADER_LENGTH, 699 + HEADER_LENGTH, "ORG"));
    }

    @Test
    void twoRelabelsOfARepeatedNameFollowTextDeletedAbove() throws IOException {
        String seed = seed();
        StoredCorrection stored = relabelled(read(seed), 596, 693);
        assertThat(seed).contains("NOFORN SIPDIS ");
        Document changed = read(seed.replace("NOFORN SIPDIS ", ""));

        Reapplier.Result result = Reapplier.reapply(changed, stored);

        int shift = -"NOFORN SIPDIS ".length();
        assertThat(result.notReapplied()).isEmpty();
        assertThat(orgRubaies(changed, result)).containsExactly(
                Span.of(596 + shift, 602 + shift, "ORG"), Span.of(693 + shift, 699 + shift, "ORG"));
    }

    /** "Tag all" on an untagged name: additions only, each on a word the text repeats, all moved by the line added. */
    @Test
    void additionsOnEveryOccurrenceOfANameFollowALineAddedAbove() {
        //                0         1         2         3         4
        //                0123456789012345678901234567890123456789012345
        String before = "Tikriti met Tikriti's aides; Tikriti left.";
        String now = "A first line.\n" + before;
        List<StoredSpan> added = List.of(new StoredSpan(Span.of(0, 7, "PER"), "Tikriti"),
                new StoredSpan(Span.of(12, 19, "PER"), "Tikriti"), new StoredSpan(Span.of(29, 36, "PER"), "Tikriti"));
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), added);

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", now), stored);

        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.spans()).containsExactly(Span.of(14, 21, "PER"), Span.of(26, 33, "PER"), Span.of(43, 50, "PER"));
    }

    /**
     * A line added between the two relabelled names, holding the name itself as an entity of the tagger, and one
     * above both: the first moved by one line, the second by two, and the second's rank among the “Rubaie” entities
     * is no longer what it was. No one shift fits both, so neither is put on an occurrence it may not be: both named.
     */
    @Test
    void namesMovedByDifferentAmountsAreNamedNotPutOnAnotherOccurrence() throws IOException {
        String seed = seed();
        Document corrected = read(seed);
        StoredCorrection stored = relabelled(corrected, 596, 693);
        String secondLine = "\n[PER Rubaie  ] said his";
        assertThat(seed).contains(secondLine);
        Document changed = read(HEADER + seed.replace(secondLine, "\nLater , [PER Rubaie  ] arrived ." + secondLine));

        Reapplier.Result result = Reapplier.reapply(changed, stored);

        assertThat(orgRubaies(changed, result)).as("none put anywhere").isEmpty();
        assertThat(result.notReapplied()).hasSize(2).allSatisfy(failure ->
                assertThat(failure).startsWith("relabel of PER “Rubaie” at ").contains("which one is meant is not clear"));
    }

    /** Without the line above, the first is where it was; the second is named, not put on the added line's name. */
    @Test
    void aNameMovedByALineAddedBetweenIsNamedWhileTheOneAboveStays() throws IOException {
        String seed = seed();
        StoredCorrection stored = relabelled(read(seed), 596, 693);
        String secondLine = "\n[PER Rubaie  ] said his";
        Document changed = read(seed.replace(secondLine, "\nLater , [PER Rubaie  ] arrived ." + secondLine));

        Reapplier.Result result = Reapplier.reapply(changed, stored);

        assertThat(orgRubaies(changed, result)).containsExactly(Span.of(596, 602, "ORG"));
        assertThat(result.notReapplied()).singleElement().asString()
                .startsWith("relabel of PER “Rubaie” at 693-699 to ORG: ").contains("which one is meant is not clear");
    }

    /** Names spaced evenly: a shift of one period fits them all as well as the true one, so neither is taken. */
    @Test
    void whenSeveralShiftsFitEveryCorrectionNoneIsGuessed() {
        //                0         1         2         3
        //                0123456789012345678901234567890123456
        String before = "Tikriti. Tikriti. Tikriti. Tikriti.";
        String now = "New line:\n" + before; // neither name is at its old place now
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(9, 16, "PER"), "Tikriti"), new StoredSpan(Span.of(18, 25, "PER"), "Tikriti")));

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", now), stored);

        assertThat(result.spans()).isEmpty();
        assertThat(result.notReapplied()).hasSize(2);
    }

    /**
     * A unique name above a line added and a repeated one below it: the unique name's shift (none) does not fit the
     * repeated one, which goes by the one shift its two occurrences share.
     */
    @Test
    void aRepeatedNameBelowALineAddedGoesByItsOwnSharedShiftNotTheUniqueNameAbove() {
        //                0         1         2         3
        //                0123456789012345678901234567890123456
        String before = "Erbil:\nRubaie met Rubaie too.";
        String now = "Erbil:\nA line added.\nRubaie met Rubaie too.";
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 5, "LOC"), "Erbil"), new StoredSpan(Span.of(7, 13, "PER"), "Rubaie"),
                new StoredSpan(Span.of(18, 24, "PER"), "Rubaie")));
        assertThat(before.substring(18, 24)).isEqualTo("Rubaie");

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", now), stored);

        int shift = "A line added.\n".length();
        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.spans()).containsExactly(Span.of(0, 5, "LOC"), Span.of(7 + shift, 13 + shift, "PER"),
                Span.of(18 + shift, 24 + shift, "PER"));
        assertThat(result.movedApart()).isEmpty();
    }

    /**
     * Two corrections in a paragraph the cable repeats further on, moved apart by a word added between them: the
     * repeated paragraph's two names lie as far apart as theirs did, so one shift puts both on them. Two names can
     * be that far apart by chance; it is not taken when a nearer place fits, and both are named.
     */
    @Test
    void twoCorrectionsMovedApartAreNotPutOnARepeatedParagraphsNames() {
        String paragraph = "Ali met us. Ali left.\n";
        String before = paragraph + "The embassy notes the meeting was brief and cordial.\n" + paragraph;
        String now = "New.\n" + before.replaceFirst("Ali left", "Then Ali left");
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 3, "PER"), "Ali"), new StoredSpan(Span.of(12, 15, "PER"), "Ali")));
        int second = now.lastIndexOf(paragraph);
        assertThat(now.substring(second, second + 3)).as("the repeated paragraph, where one shift puts both").isEqualTo("Ali");

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", now), stored);

        assertThat(result.spans()).isEmpty();
        assertThat(result.notReapplied()).hasSize(2).allSatisfy(failure -> assertThat(failure).contains("which one is meant is not clear"));
    }

    /**
     * Every occurrence of a name tagged, and a header longer than the distance between two of them: no other
     * explanation keeps their order, so they move by the header however far that carries each past the next.
     */
    @Test
    void aNameTaggedAtEveryOccurrenceFollowsAHeaderLongerThanTheDistanceBetweenThem() {
        //                0         1         2         3
        //                0123456789012345678901234567890123456
        String before = "Ali met Ali and Ali; then Ali left.";
        String now = "A header of the archive, longer than the distance between two names.\n" + before;
        int shift = now.indexOf(before);
        List<StoredSpan> added = new ArrayList<>();
        for (int at : new int[] {0, 8, 16, 26}) {
            added.add(new StoredSpan(Span.of(at, at + 3, "PER"), "Ali"));
        }
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), added);

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", now), stored);

        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.spans()).containsExactly(Span.of(shift, shift + 3, "PER"), Span.of(shift + 8, shift + 11, "PER"),
                Span.of(shift + 16, shift + 19, "PER"), Span.of(shift + 26, shift + 29, "PER"));
    }
}
