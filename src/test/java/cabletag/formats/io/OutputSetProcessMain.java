package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second JVM for {@link OutputSetKillTest}: commits a new set into FOLDER and, at its K-th checkpoint,
 * prints {@code at POINT} and waits on standard input for ever, so the test can kill it exactly there.
 *
 * <p>Arguments: FOLDER, {@code split} or {@code folder}, K; or FOLDER {@code recover}: runs the recovery
 * and prints what it did.
 */
public final class OutputSetProcessMain {

    private OutputSetProcessMain() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        if (args[1].equals("recover")) {
            System.out.println("recovered " + OutputSet.recover(folder));
            return;
        }
        boolean folderSet = args[1].equals("folder");
        int stopAt = Integer.parseInt(args[2]);
        int[] reached = {0};
        OutputSet set = OutputSet.begin(folder, point -> {
            if (reached[0]++ == stopAt) {
                System.out.println("at " + point);
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold still until killed
                }
            }
        });
        OutputSets.stage(set, folderSet ? OutputSets.folder("new") : OutputSets.split("new, longer"), folderSet ? "brat" : null);
        System.out.println("staged");
        set.commit(folderSet ? java.util.List.of("brat") : OutputSets.SPLIT, () -> { });
        set.close();
        System.out.println("committed");
    }
}
