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
            StartupTrace.step("not relaunched: not a plain java -jar start");
            return OptionalInt.empty();
        }
        if (!ClassDataArchiveSlot.archivesClassesOf(jar.get())) {
            StartupTrace.step("not relaunched: Java 17 archives no classes of a jar at " + jar.get()
                    + " (a character other than A-Z a-z 0-9 / . _ - + @ , ~ in its path)");
            return OptionalInt.empty();
        }
        try {
            ClassDataArchiveSlot slot = ClassDataArchiveSlot.of(StoreLocation.defaultLocation().root(), jar.get(),
                    System.getProperty("java.home"), System.getProperty("java.vm.version"));
            if (!slot.nameableToTheJvm()) {
                StartupTrace.step("not relaunched: the JVM cannot be given an archive at " + slot.archive()
                        + " (the path separator in its path)");
                return OptionalInt.empty();
            }
            // on every start, not only those that dump: a filled slot would otherwise keep them for good
            slot.deleteDumpsOfEndedLaunchers();
            slot.crashReports().deleteAllButTheNewest();
            // A damaged archive crashes the JVM that maps it (or is ignored on every start): it goes before
            // it is given to one, and this start makes a new one as a first start does.
            slot.damage().ifPresent(damage -> removeDamaged(slot, damage));
            // No room to dump (a full disk, a cache folder that cannot be written) means no archive to gain
            // from, so the window runs here, as with an unwritable home: a second JVM would only cost time,
            // and one given the dump option would end every window with the JVM's "Unable to write" error.
            Path dump = slot.filled() ? null : slot.reserveDump(ProcessHandle.current().pid(),
                    ClassDataArchiveSlot.FILE_STORE);
            String archiveOption = dump == null ? "-XX:SharedArchiveFile=" + slot.archive()
                    : "-XX:ArchiveClassesAtExit=" + dump;
            StartupTrace.step(dump == null ? "relaunching with the class-data archive " + slot.archive()
                    : "relaunching to make the class-data archive " + slot.archive());
            Process child = start(command(java.get(), launch.get(), archiveOption, slot, jar.get(), args), dump);
            int exitCode = waitFor(child);
            if (dump != null) {
                keep(slot, dump, exitCode);
            } else if (JvmCrash.endedWith(exitCode)) {
                forget(slot, child.pid(), exitCode);
            }
            return OptionalInt.of(exitCode);
        } catch (IOException | RuntimeException cannotStart) {
            // no cache folder (or one that cannot be listed or written, or no room in it), or no second
            // process: the archive only saves time, so the window opens here
            StartupTrace.step("not relaunched: " + cannotStart.getClass().getSimpleName() + ": "
                    + cannotStart.getMessage());
            return OptionalInt.empty();
        }
    }

    private static List<String> command(String java, PlainJarLaunch launch, String archiveOption,
            ClassDataArchiveSlot slot, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(launch.vmOptions());
        // a stale archive (the jar's folder moved) is not worth a warning on every start: it is only slower
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add(archiveOption);
        // a crash (of the archive or of anything else) reports beside the archives, not in the user's folder
        command.add("-XX:ErrorFile=" + slot.crashReports().pattern());
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static Process start(List<String> command, Path dump) throws IOException {
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> end(child, dump), "cabletag-relaunch-end"));
            return child;
        } catch (IOException | RuntimeException notStarted) {
            if (dump != null) {
                Files.deleteIfExists(dump);
            }
            throw notStarted;
        }
    }

    private static int waitFor(Process child) {
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

    /**
     * The window's JVM crashed while it was given the archive. A truncated or damaged archive crashes every
     * JVM that maps it (SIGBUS), and the launcher only knows that the file is there, so the archive goes and
     * the next start makes a new one: one start without it at worst, whatever the crash was. The window's
     * exit code stays the launcher's.
     */
    private static void forget(ClassDataArchiveSlot slot, long childPid, int exitCode) {
        Path report = slot.crashReports().of(childPid);
        String where = Files.isRegularFile(report) ? " (the JVM's report: " + report + ")" : "";
        try {
            slot.empty();
            System.err.println("cabletag: the window's JVM crashed (exit " + exitCode + ") while using its class-data"
                    + " archive; the archive was removed and will be made again at the next start" + where);
        } catch (IOException | RuntimeException notRemoved) {
            System.err.println("cabletag: the window's JVM crashed (exit " + exitCode + ") while using its class-data"
                    + " archive " + slot.archive() + ", which could not be removed (" + notRemoved.getClass().getSimpleName()
                    + "): delete it, or start with -D" + SWITCH_PROPERTY + "=false" + where);
        }
    }

    /**
     * Removes an archive that is not as it was made, and says so in one line; one that cannot be removed stops
     * the relaunch (an {@link java.io.UncheckedIOException} caught as any other reason to run the window here).
     */
    private static void removeDamaged(ClassDataArchiveSlot slot, String damage) {
        try {
            slot.empty();
        } catch (IOException notRemoved) {
            System.err.println("cabletag: the class-data archive " + slot.archive() + " is damaged (" + damage
                    + ") and could not be removed (" + notRemoved.getClass().getSimpleName() + "); the window runs"
                    + " without it: delete it, or start with -D" + SWITCH_PROPERTY + "=false");
            throw new java.io.UncheckedIOException(notRemoved);
        }
        System.err.println("cabletag: the class-data archive " + slot.archive() + " was damaged (" + damage
                + "); it was removed, and this start runs without it (a new one is made as on a first start)");
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
