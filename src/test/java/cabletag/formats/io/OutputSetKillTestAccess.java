package cabletag.formats.io;

import java.io.BufferedReader;
import java.io.IOException;

/** Lets the export tests start, read and kill child JVMs the way {@link OutputSetKillTest} does. */
public final class OutputSetKillTestAccess {

    private OutputSetKillTestAccess() {
    }

    public static Process startJava(Class<?> main, String... args) throws IOException {
        return OutputSetKillTest.startJava(main, args);
    }

    public static String readLineStartingWith(BufferedReader output, String prefix) throws IOException {
        return OutputSetKillTest.readLineStartingWith(output, prefix);
    }

    public static void kill(Process process) throws InterruptedException {
        OutputSetKillTest.kill(process);
    }
}
