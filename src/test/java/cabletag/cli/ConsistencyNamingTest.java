package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.consistency.Dismissals;
import cabletag.workspace.consistency.WorkspaceIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check --consistency} gives one answer for one set of cables however it is named: the findings the
 * analyst dismissed over the folder stay dismissed when its files are named one by one, in another order,
 * through a link or from the folder above, and the saved index is reopened, not built again.
 */
class ConsistencyNamingTest extends WithTemporaryStore {

    private static CliTest.Result check(Path... inputs) {
        List<String> args = new ArrayList<>(List.of("check", "--consistency"));
        for (Path input : inputs) {
            args.add(input.toString());
        }
        return CliTest.run(args.toArray(String[]::new));
    }

    private static String byFileName(String out) {
        return out.replaceAll("(?m)^\\S*/", "");
    }

    @Test
    void dismissalsAndTheIndexHoldForEveryNamingOfTheSameCables() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("work/corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met Hakim in Baghdad .\n");
        Files.writeString(corpus.resolve("b.txt"), "Rubaie went to [LOC Baghdad  ] with [PER Hakim  ] .\n");
        Files.writeString(corpus.resolve("c.txt"), "[LOC Baghdad  ] and [ORG Baghdad  ] .\n");
        CliTest.Result first = check(corpus);
        assertThat(first.out()).contains("“Rubaie” is tagged PER 1× but untagged 1×").contains("“Baghdad”");
        Dismissals.beside(WorkspaceIndex.location(StoreLocation.defaultLocation().root(), List.of(corpus)))
                .dismiss("untagged:Rubaie");
        String dismissed = check(corpus).out();
        assertThat(dismissed).doesNotContain("Rubaie").contains("“Baghdad”");
        Path indexes = dir.resolve("home/consistency");
        long before;
        try (var files = Files.list(indexes)) {
            before = files.count();
        }

        Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
        List<Path[]> namings = List.of(
                new Path[] {corpus.resolve("c.txt"), corpus.resolve("a.txt"), corpus.resolve("b.txt")},
                new Path[] {corpus.resolve("b.txt"), corpus},
                new Path[] {corpus.resolve("../corpus")},
                new Path[] {dir.resolve("work")},
                new Path[] {link});
        for (Path[] naming : namings) {
            CliTest.Result result = check(naming);
            // each place is named by the path it was reached by: compared by file name, line and column
            assertThat(byFileName(result.out())).as(List.of(naming).toString()).isEqualTo(byFileName(dismissed));
            assertThat(result.code()).isEqualTo(first.code());
        }
        try (var files = Files.list(indexes)) {
            assertThat(files.count()).as("one index and one file of dismissals for all of them").isEqualTo(before);
        }
    }
}
