package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.Path;

/** Lets the export tests leave an output set interrupted the way {@link OutputSetKillTest} does; child JVMs: {@link ChildJvm}. */
public final class OutputSetKillTestAccess {

    private OutputSetKillTestAccess() {
    }

    /**
     * Leaves {@code folder} as a commit of {@code files} (top-level name -> content) killed after its
     * first rename: journal written, the first file new, the others old.
     */
    public static void interruptedCommit(Path folder, java.util.Map<String, String> files) throws IOException {
        OutputSet set = OutputSet.begin(folder, point -> {
            if (point.startsWith("moved ")) {
                throw new OutputSetCrashTest.SimulatedCrash(point);
            }
        });
        OutputSets.stage(set, files, null);
        try {
            set.commit(java.util.List.copyOf(files.keySet()), () -> { });
            throw new AssertionError("the commit was to be interrupted");
        } catch (OutputSetCrashTest.SimulatedCrash expected) {
            set.abandon();
        }
    }
}
