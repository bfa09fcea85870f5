package cabletag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveSlotTest {

    /** A file store with room for anything: the tests' temporary folder may be small. */
    private static final ClassDataArchiveSlot.UsableSpace ROOMY = folder -> Long.MAX_VALUE;

    @TempDir
    Path dir;

    @Test
    void oneJarOnOneRuntimeHasOneSlotAndARebuiltJarOrAnotherRuntimeAnother() throws IOException {
        Path home = dir.resolve("home");
        Path jar = Files.writeString(dir.resolve("cabletag.jar"), "jar");
        ClassDataArchiveSlot slot = ClassDataArchiveSlot.of(home, jar, "/jdk17", "17.0.15+6");

        assertThat(slot.archive().getParent()).isEqualTo(home.resolve("cache").resolve("cds"));
        assertThat(slot.archive().getFileName().toString()).matches("cabletag-[0-9a-f]{16}\\.jsa");
        assertThat(ClassDataArchiveSlot.of(home, jar, "/jdk17", "17.0.15+6").archive()).isEqualTo(slot.archive());
        assertThat(ClassDataArchiveSlot.of(home, jar, "/jdk17", "17.0.16+8").archive()).isNotEqualTo(slot.archive());
        assertThat(ClassDataArchiveSlot.of(home, jar, "/jdk21", "17.0.15+6").archive()).isNotEqualTo(slot.archive());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertThat(ClassDataArchiveSlot.of(home, jar, "/jdk17", "17.0.15+6").archive())
                .as("the same jar, rebuilt").isNotEqualTo(slot.archive());
    }

    @Test
    void aFinishedDumpFillsTheSlotInOneMoveAndAnEmptyOneDoesNot() throws IOException {
        ClassDataArchiveSlot slot = slot("a");
        assertThat(slot.filled()).isFalse();

        Path empty = slot.reserveDump(1, ROOMY);
        assertThat(empty).isEmptyFile();
        assertThat(slot.fill(empty)).isFalse();
        assertThat(empty).doesNotExist();
        assertThat(slot.filled()).isFalse();

        Path dump = Files.writeString(slot.reserveDump(ProcessHandle.current().pid(), ROOMY), "classes");
        assertThat(slot.fill(dump)).isTrue();
        assertThat(dump).doesNotExist();
        assertThat(slot.filled()).isTrue();
        assertThat(slot.archive()).hasContent("classes");
    }

    @Test
    void anArchiveAsItWasMadeIsWholeAndOneCutShortChangedOrUnsealedIsDamaged() throws IOException {
        ClassDataArchiveSlot slot = slot("a");
        assertThat(slot.damage()).as("no archive yet").isEmpty();
        slot.fill(Files.writeString(slot.reserveDump(ProcessHandle.current().pid(), ROOMY), "classes and more classes"));
        assertThat(slot.seal()).hasFileName(slot.archive().getFileName() + ".crc");
        assertThat(slot.damage()).isEmpty();

        replaceArchive(slot, "classes");
        assertThat(slot.damage()).contains("cut short: 7 of its 24 bytes");
        replaceArchive(slot, "classes and more classes and more");
        assertThat(slot.damage()).contains("longer than made: 33 bytes instead of 24");
        replaceArchive(slot, "classes and MORE classes");
        assertThat(slot.damage()).hasValueSatisfying(damage -> assertThat(damage).startsWith("its bytes changed since it was made"));
        Files.delete(slot.seal());
        assertThat(slot.damage()).contains("nothing says what it held: " + slot.seal().getFileName() + " is missing or not a seal");
        Files.writeString(slot.seal(), "not a seal");
        assertThat(slot.damage()).contains("nothing says what it held: " + slot.seal().getFileName() + " is missing or not a seal");

        slot.empty();
        assertThat(slot.archive()).doesNotExist();
        assertThat(slot.seal()).doesNotExist();
        assertThat(slot.damage()).isEmpty();
    }

    private static void replaceArchive(ClassDataArchiveSlot slot, String content) throws IOException {
        Files.deleteIfExists(slot.archive());
        Files.writeString(slot.archive(), content);
    }

    @Test
    void onlyTheArchivesMadeLastAreKept() throws IOException {
        List<ClassDataArchiveSlot> slots = new ArrayList<>();
        for (String build : List.of("a", "b", "c", "d", "e")) {
            ClassDataArchiveSlot slot = slot(build);
            slot.fill(Files.writeString(slot.reserveDump(ProcessHandle.current().pid(), ROOMY), build));
            // one second apart by their times, not by waiting: the order is the one they were made in
            Files.setLastModifiedTime(slot.archive(), FileTime.fromMillis(1_000_000L * (slots.size() + 1)));
            slots.add(slot);
        }

        assertThat(cdsFiles()).containsExactlyInAnyOrder(slots.get(2).archive(), slots.get(3).archive(),
                slots.get(4).archive(), slots.get(2).seal(), slots.get(3).seal(), slots.get(4).seal());
        assertThat(ClassDataArchiveSlot.KEPT).isEqualTo(3);
    }

    @Test
    void theDumpOfALauncherThatIsGoneIsDeletedAndALiveOnesIsNot() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ClassDataArchiveSlot slot = slot("a");
        Path orphan = Files.writeString(slot.reserveDump(ended.pid(), ROOMY), "half");
        Path live = Files.writeString(slot.reserveDump(ProcessHandle.current().pid(), ROOMY), "half");
        Path stray = Files.writeString(live.resolveSibling("cabletag-dump-x.tmp"), "half");
        Path overlong = Files.writeString(live.resolveSibling("cabletag-dump-99999999999999999999.tmp"), "half");

        slot.deleteDumpsOfEndedLaunchers();

        assertThat(orphan).doesNotExist();
        assertThat(stray).doesNotExist();
        assertThat(overlong).as("a number no process id can be").doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void theTidyUpOfAFolderThatIsNotThereYetIsNothing() throws IOException {
        ClassDataArchiveSlot slot = slot("a");

        slot.deleteDumpsOfEndedLaunchers();

        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void aDumpIsOnlyReservedWithRoomForIt() throws IOException {
        ClassDataArchiveSlot slot = slot("a");
        long pid = ProcessHandle.current().pid();

        assertThatThrownBy(() -> slot.reserveDump(pid, folder -> ClassDataArchiveSlot.ROOM_FOR_A_DUMP - 1))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("no room for a class-data archive");
        assertThat(cdsFiles()).as("nothing asked of a full disk").isEmpty();

        Path dump = slot.reserveDump(pid, folder -> ClassDataArchiveSlot.ROOM_FOR_A_DUMP);
        assertThat(dump).isEmptyFile().hasFileName("cabletag-dump-" + pid + ".tmp");
        assertThat(ClassDataArchiveSlot.ROOM_FOR_A_DUMP).as("the dump is about 33 MB").isEqualTo(256L << 20);
    }

    @Test
    void aDumpIsOnlyReservedInAFolderThatCanBeWritten() throws IOException {
        ClassDataArchiveSlot slot = slot("a");
        Path cds = Files.createDirectories(dir.resolve("home").resolve("cache").resolve("cds"));
        Files.setPosixFilePermissions(cds, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(cds), "running as root: every folder is writable");
            assertThatThrownBy(() -> slot.reserveDump(ProcessHandle.current().pid(), ROOMY))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(cdsFiles()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(cds, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDumpIsNotReservedWhereNoFolderCanBeMade() throws IOException {
        ClassDataArchiveSlot slot = slot("a");
        // a file where the folder should be: refused to root as well
        Files.writeString(Files.createDirectories(dir.resolve("home").resolve("cache")).resolve("cds"), "not a folder");

        assertThatThrownBy(() -> slot.reserveDump(ProcessHandle.current().pid(), ROOMY)).isInstanceOf(IOException.class);
    }

    @Test
    void onlyAJarAtAPlainPathHasItsClassesArchivedByJava17() {
        for (String plain : List.of("/home/ann/cabletag/target/cabletag.jar", "/opt/x-1.2_3/a+b@c,d~e/C.jar")) {
            assertThat(ClassDataArchiveSlot.archivesClassesOf(Path.of(plain))).as(plain).isTrue();
        }
        // each measured on 17.0.15 to leave the jar's classes out of its archive (ADR 0011)
        for (String odd : List.of("/tmp/sp ace/cabletag.jar", "/tmp/ünï/cabletag.jar", "/tmp/100%/cabletag.jar",
                "/tmp/a#b/cabletag.jar", "/tmp/a=b/cabletag.jar", "/tmp/a;b/cabletag.jar", "/tmp/a:b/cabletag.jar",
                "/tmp/a\tb/cabletag.jar")) {
            assertThat(ClassDataArchiveSlot.archivesClassesOf(Path.of(odd))).as(odd).isFalse();
        }
    }

    @Test
    void anArchiveInAFolderWithThePathSeparatorCannotBeNamedToTheJvm() throws IOException {
        Path jar = Files.writeString(dir.resolve("cabletag.jar"), "jar");

        assertThat(ClassDataArchiveSlot.of(dir.resolve("home"), jar, "/jdk", "17").nameableToTheJvm()).isTrue();
        assertThat(ClassDataArchiveSlot.of(dir.resolve("ho" + java.io.File.pathSeparator + "me"), jar, "/jdk", "17")
                .nameableToTheJvm()).isFalse();
    }

    @Test
    void theJvmsCrashReportsGoBesideTheArchives() throws IOException {
        ClassDataArchiveSlot slot = slot("a");

        assertThat(slot.crashReports().pattern()).isEqualTo(slot.archive().resolveSibling("hs_err_pid%p.log"));
        assertThat(slot.crashReports().of(42)).isEqualTo(slot.archive().resolveSibling("hs_err_pid42.log"));
    }

    private ClassDataArchiveSlot slot(String build) throws IOException {
        Path jar = Files.writeString(dir.resolve("cabletag-" + build + ".jar"), build);
        return ClassDataArchiveSlot.of(dir.resolve("home"), jar, "/jdk", "17");
    }

    private List<Path> cdsFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("home").resolve("cache").resolve("cds"))) {
            return files.toList();
        }
    }
}
