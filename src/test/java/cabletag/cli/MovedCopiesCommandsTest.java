package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two byte-identical cables corrected differently, then moved together: the commands put each one's
 * corrections and review mark back on the copy that shares its place or name, and name the copies nothing
 * pairs (exit 1), leaving the store as it is.
 */
class MovedCopiesCommandsTest extends WithTemporaryStore {

    private static final String CABLE = "[PER Rubaie  ] met [LOC Tehran  ] officials and [PER Erbil  ] guards .\n";
    private Path corp;

    @BeforeEach
    void correctTwoCopiesInTheWindow() throws IOException {
        corp = Files.createDirectories(dir.resolve("corp"));
        Files.writeString(corp.resolve("004.txt"), CABLE);
        Files.writeString(corp.resolve("zz_copy.txt"), CABLE);
        try (Workspace workspace = Workspace.open(List.of(corp), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(0, Span.of(32, 37, "PER"), Label.LOC); // 004.txt: Erbil is a place
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            workspace.relabel(1, Span.of(0, 6, "PER"), Label.ORG); // zz_copy.txt: Rubaie an ORG
        }
    }

    private Map<String, String> storeFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(dir.resolve("home/store/cables"))) {
            for (Path file : listed.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    /** Each exported line's file (meta.source) with its entities as label:text, in order. */
    private static List<String> entitiesOf(Path jsonl) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            StringBuilder entities = new StringBuilder(line.replaceAll(".*\"source\":\"([^\"]*)\".*", "$1"));
            java.util.regex.Matcher span = java.util.regex.Pattern
                    .compile("\\{\"start\":(\\d+),\"end\":(\\d+),\"label\":\"(\\w+)\"").matcher(line);
            String text = line.replaceAll("^\\{\"id\":\"[^\"]*\",\"text\":\"([^\"]*)\".*", "$1");
            while (span.find()) {
                entities.append(' ').append(span.group(3)).append(':')
                        .append(text, Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2)));
            }
            lines.add(entities.toString());
        }
        return lines;
    }

    @Test
    void aRenamedFolderGivesEachCopyItsOwnCorrectionsAndReviewMark() throws IOException {
        Path corp2 = Files.move(corp, dir.resolve("corp2"));
        Path out = dir.resolve("out.jsonl");

        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", out.toString(), corp2.toString());
        Result reviewed = CliTest.run("export", "-q", "--reviewed-only", "-f", "jsonl", "-o", dir.resolve("reviewed.jsonl").toString(),
                dir.toString() + "/corp2/zz_copy.txt", dir.toString() + "/corp2/004.txt");

        String old = dir.toRealPath().resolve("corp") + "/";
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err().lines().toList()).containsExactly(
                corp2.resolve("004.txt") + ": note: the corrections made when this cable was at " + old
                        + "004.txt are put back (same text; the file was moved or renamed).",
                corp2.resolve("zz_copy.txt") + ": note: the corrections made when this cable was at " + old
                        + "zz_copy.txt are put back (same text; the file was moved or renamed).");
        assertThat(entitiesOf(out)).containsExactly(
                "004.txt PER:Rubaie LOC:Tehran LOC:Erbil",
                "zz_copy.txt ORG:Rubaie LOC:Tehran PER:Erbil");
        assertThat(reviewed.code()).as(reviewed.err()).isZero();
        assertThat(entitiesOf(dir.resolve("reviewed.jsonl"))).containsExactly("004.txt PER:Rubaie LOC:Tehran LOC:Erbil");
    }

    @Test
    void copiesRenamedSoThatNothingPairsThemAreNamedWithExitOneAndTheStoreStaysAsItIs() throws IOException {
        Files.move(corp.resolve("004.txt"), corp.resolve("a004.txt"));
        Files.move(corp.resolve("zz_copy.txt"), corp.resolve("zz_moved2.txt"));
        Map<String, String> before = storeFiles();

        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corp.toString());
        Result stats = CliTest.run("stats", corp.toString());
        Result check = CliTest.run("check", corp.toString());

        String old = dir.toRealPath().resolve("corp") + "/";
        String problem = ": error: the corrections of 2 cables with this text that are no longer where they were (" + old
                + "004.txt, " + old + "zz_copy.txt) could belong to this one; none was put back, and they stay in the store as"
                + " they are. To put them back, move the files back where they were, or give each copy the file name it had"
                + " there, and open them again.";
        List<String> lines = List.of(corp.resolve("a004.txt") + problem, corp.resolve("zz_moved2.txt") + problem);
        for (Result result : List.of(export, stats)) {
            assertThat(result.code()).as(result.err()).isEqualTo(1);
            assertThat(result.err().lines().filter(line -> line.contains(": error: ")).toList()).as(result.err()).isEqualTo(lines);
        }
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().lines().toList()).isEqualTo(lines);
        assertThat(entitiesOf(dir.resolve("out.jsonl"))).containsExactly(
                "a004.txt PER:Rubaie LOC:Tehran PER:Erbil",
                "zz_moved2.txt PER:Rubaie LOC:Tehran PER:Erbil");
        assertThat(storeFiles()).isEqualTo(before);
    }
}
