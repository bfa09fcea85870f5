package cabletag.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** A process that makes a warm-up folder, says where, and waits to be ended with it still in use. */
public final class WarmUpFolderHoldingMain {

    static final String LINE = "warm-up folder ";

    private WarmUpFolderHoldingMain() {
    }

    public static void main(String[] args) throws Exception {
        WarmUpFolder folder = WarmUpFolder.create();
        Path cable = Files.createDirectories(folder.path().resolve("cables")).resolve("warm-up.txt");
        Files.writeString(cable, "a cable");
        System.out.println(LINE + folder.path());
        System.out.flush();
        new CountDownLatch(1).await(); // until the test ends the process
    }
}
