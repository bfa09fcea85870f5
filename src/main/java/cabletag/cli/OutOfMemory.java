package cabletag.cli;

import java.io.PrintStream;

/**
 * What a command says when the JVM runs out of memory: one line with how to give it more, never a
 * stack trace. The line is built before it is needed, so printing it asks for as little memory as can be.
 */
public final class OutOfMemory {

    static final String LINE = "cabletag: out of memory (the JVM may use at most %s); give it more, e.g. "
            + "java -Xmx%s -jar cabletag.jar ...";

    private OutOfMemory() {
    }

    /** Prints the line and gives the exit code: 1, the run did not finish. */
    public static int report(PrintStream err) {
        err.println(line(Runtime.getRuntime().maxMemory()));
        err.flush();
        return Cli.PROBLEMS;
    }

    /** Whether an exception was caused by running out of memory (in a worker thread, say). */
    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static String line(long maxMemory) {
        long megabytes = maxMemory / (1024 * 1024);
        long more = Math.max(2048, Long.highestOneBit(Math.max(1, megabytes)) * 4 / 1024 * 1024);
        String suggestion = more % 1024 == 0 ? (more / 1024) + "g" : more + "m";
        return String.format(LINE, megabytes + " MB", suggestion);
    }
}
