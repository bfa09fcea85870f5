package cabletag.workspace;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.List;

/**
 * The other JVM of {@link StepKilledTest}, and a way to try the set write from outside: opens a workspace on a
 * corpus, tags every occurrence of the first cable's first entity as {@code MISC} across the corpus (one step),
 * and waits to be killed.
 *
 * <p>Arguments: corpus folder, store home, and where to stop: a checkpoint of the step's write ({@code written 100},
 * {@code renamed 100}: it prints {@code at <checkpoint>} there and waits), or {@code none} (it prints
 * {@code stepping} just before the step and {@code stepped} once it is on disk).
 */
public final class CorpusStepProcessMain {

    private CorpusStepProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Workspace workspace = Workspace.open(List.of(Path.of(args[0])), new StoreLocation(Path.of(args[1])), null);
        String stopAt = args[2];
        workspace.storeCheckpoint(point -> {
            if (point.equals(stopAt)) {
                System.out.println("at " + point);
                System.out.flush();
                waitToBeKilled();
            }
        });
        Span first = workspace.document(0).spans().get(0);
        System.out.println("stepping over " + workspace.size() + " cables");
        System.out.flush();
        workspace.applyToAll(0, first, Label.MISC, OccurrenceScope.CORPUS);
        System.out.println("stepped");
        System.out.flush();
        waitToBeKilled();
    }

    private static void waitToBeKilled() {
        try {
            // should the test's JVM die first, its end of the pipe closes and this ends
            while (System.in.read() != -1) {
                // nothing is sent
            }
        } catch (java.io.IOException e) {
            // the pipe went: end
        }
        Runtime.getRuntime().halt(3);
    }
}
