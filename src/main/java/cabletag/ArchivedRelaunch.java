package cabletag;

import cabletag.ui.StartupTrace;
import cabletag.workspace.StoreLocation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs the window from {@code java -jar cabletag.jar} in a second JVM that maps its classes from a
 * class-data-sharing archive (ADR 0011). A jar cannot ask for an archive, and Java 17 cannot make one by
 * itself ({@code -XX:+AutoCreateSharedArchive} came in Java 19), so this does both: the first start of a jar
 * on a runtime dumps the classes its session used when the window closes; every later start maps them.
 * Everything else about the start is kept: the same {@code java}, the same options, the same arguments,
 * standard streams and exit code. A start this does not recognise runs in this process, as before.
 */
final class ArchivedRelaunch {

    /** Set on the second JVM, so that it runs the window instead of starting a third. */
    static final String RELAUNCHED_PROPERTY = "cabletag.relaunched";
    /** {@code -Dcabletag.relaunch=false} keeps the window in the first JVM. */
    static final String SWITCH_PROPERTY = "cabletag.relaunch";

    /** How long a killed launcher waits for its window to end (saving the store, dumping classes). */
    private static final long WAIT_FOR_WINDOW_TO_END_SECONDS = 10;

    private ArchivedRelaunch() {
    }

    /** The child's exit code once it has ended; empty if the window is to run in this process. */
    static OptionalInt run(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED_PROPERTY) || "false".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY))
                || !hotSpot()) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        Optional<PlainJarLaunch> launch = self.arguments()
                .flatMap(arguments -> PlainJarLaunch.of(Arrays.asList(arguments), System.getenv()));
        Optional<Path> jar = theJar();
        if (java.isEmpty() || launch.isEmpty() || jar.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            ClassDataArchiveSlot slot = ClassDataArchiveSlot.of(StoreLocation.defaultLocation().root(), jar.get(),
                    System.getProperty("java.home"), System.getProperty("java.vm.version"));
            Path dump = slot.filled() ? null : slot.dumpTarget(ProcessHandle.current().pid());
            String archiveOption = dump == null ? "-XX:SharedArchiveFile=" + slot.archive()
                    : "-XX:ArchiveClassesAtExit=" + dump;
            StartupTrace.step(dump == null ? "relaunching with the class-data archive " + slot.archive()
                    : "relaunching to make the class-data archive " + slot.archive());
            int exitCode = runToEnd(command(java.get(), launch.get(), archiveOption, jar.get(), args), dump);
            if (dump != null) {
                keep(slot, dump, exitCode);
            }
            return OptionalInt.of(exitCode);
        } catch (IOException | RuntimeException cannotStart) {
            // no cache folder (or one that cannot be listed), or no second process: the archive only saves
            // time, so the window opens here
            StartupTrace.step("not relaunched: " + cannotStart.getClass().getSimpleName() + ": "
                    + cannotStart.getMessage());
            return OptionalInt.empty();
        }
    }

    private static List<String> command(String java, PlainJarLaunch launch, String archiveOption, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(launch.vmOptions());
        // a stale archive (the jar's folder moved) is not worth a warning on every start: it is only slower
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add(archiveOption);
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static int runToEnd(List<String> command, Path dump) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> end(child, dump), "cabletag-relaunch-end"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException ignored) {
                // nothing interrupts the launcher's main thread on purpose; keep waiting for the window
            }
        }
    }

    /**
     * The first JVM is ending (normally after the window, or killed): it takes the window with it, and a
     * window ended that way is not one to learn the start from, so its half-made archive goes too.
     */
    private static void end(Process child, Path dump) {
        child.destroy();
        try {
            child.waitFor(WAIT_FOR_WINDOW_TO_END_SECONDS, TimeUnit.SECONDS);
            if (dump != null) {
                Files.deleteIfExists(dump);
            }
        } catch (InterruptedException | IOException leftBehind) {
            // the next start of the jar deletes the dumps of processes that are gone (ClassDataArchiveSlot)
        }
    }

    /** A window that ended well leaves its archive; a failed or killed one may have dumped half of one. */
    private static void keep(ClassDataArchiveSlot slot, Path dump, int exitCode) {
        try {
            if (exitCode == 0 && slot.fill(dump)) {
                StartupTrace.step("class-data archive made: " + slot.archive());
            } else {
                Files.deleteIfExists(dump);
            }
        } catch (IOException | RuntimeException notKept) {
            // the window has ended with its own exit code; an archive not kept only costs the next start time
            StartupTrace.step("class-data archive not kept: " + notKept.getClass().getSimpleName() + ": "
                    + notKept.getMessage());
        }
    }

    /** The jar this JVM runs, when it runs exactly one ({@code java -jar} sets the class path to it). */
    private static Optional<Path> theJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            // the archive records the jar by its path: the same file must always be named the same way
            return Optional.of(Path.of(classPath).toRealPath());
        } catch (IOException | RuntimeException notAFile) {
            return Optional.empty();
        }
    }

    /** The archive options are HotSpot's; another JVM (OpenJ9) would refuse to start with them. */
    private static boolean hotSpot() {
        String vm = System.getProperty("java.vm.name", "");
        return vm.contains("Server VM") || vm.contains("Client VM");
    }
}
