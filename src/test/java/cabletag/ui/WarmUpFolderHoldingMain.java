package cabletag.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A process that makes a warm-up folder, says where, and waits to be ended with it still in use; with
 * {@value #WRITING}, it writes into the folder as the warm-up's store does, without a pause, until it is told
 * that the JVM is ending, then saves once more and closes the folder, as the warm-up does.
 */
public final class WarmUpFolderHoldingMain {

    static final String LINE = "warm-up folder ";
    static final String WRITING = "writing";

    private WarmUpFolderHoldingMain() {
    }

    public static void main(String[] args) throws Exception {
        WarmUpFolder folder = WarmUpFolder.create();
        Path cable = Files.createDirectories(folder.path().resolve("cables")).resolve("warm-up.txt");
        Files.writeString(cable, "a cable");
        System.out.println(LINE + folder.path());
        System.out.flush();
        if (args.length == 1 && args[0].equals(WRITING)) {
            Path saved = folder.path().resolve("store/cables/warm-up.json");
            for (int save = 0; !folder.exiting(); save++) {
                write(saved, save);
            }
            write(saved, -1);
            folder.close();
        }
        new CountDownLatch(1).await(); // until the test ends the process
    }

    private static void write(Path saved, int save) throws java.io.IOException {
        Files.createDirectories(saved.getParent()); // as the store does: its folders are made when missing
        Files.writeString(saved, "{\"save\": " + save + "}");
    }
}
