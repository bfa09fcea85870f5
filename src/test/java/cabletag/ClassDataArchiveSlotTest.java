package cabletag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveSlotTest {

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

        Path empty = Files.createFile(slot.dumpTarget(1));
        assertThat(slot.fill(empty)).isFalse();
        assertThat(empty).doesNotExist();
        assertThat(slot.filled()).isFalse();

        Path dump = Files.writeString(slot.dumpTarget(ProcessHandle.current().pid()), "classes");
        assertThat(slot.fill(dump)).isTrue();
        assertThat(dump).doesNotExist();
        assertThat(slot.filled()).isTrue();
        assertThat(slot.archive()).hasContent("classes");
    }

    @Test
    void onlyTheArchivesMadeLastAreKept() throws IOException {
        List<ClassDataArchiveSlot> slots = new ArrayList<>();
        for (String build : List.of("a", "b", "c", "d", "e")) {
            ClassDataArchiveSlot slot = slot(build);
            slot.fill(Files.writeString(slot.dumpTarget(ProcessHandle.current().pid()), build));
            // one second apart by their times, not by waiting: the order is the one they were made in
            Files.setLastModifiedTime(slot.archive(), FileTime.fromMillis(1_000_000L * (slots.size() + 1)));
            slots.add(slot);
        }

        assertThat(cdsFiles()).containsExactlyInAnyOrder(slots.get(2).archive(), slots.get(3).archive(),
                slots.get(4).archive());
        assertThat(ClassDataArchiveSlot.KEPT).isEqualTo(3);
    }

    @Test
    void theDumpOfALauncherThatIsGoneIsDeletedAndALiveOnesIsNot() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ClassDataArchiveSlot slot = slot("a");
        Path orphan = Files.writeString(slot.dumpTarget(ended.pid()), "half");
        Path live = Files.writeString(slot.dumpTarget(ProcessHandle.current().pid()), "half");
        Path stray = Files.writeString(live.resolveSibling("cabletag-dump-x.tmp"), "half");
        Path overlong = Files.writeString(live.resolveSibling("cabletag-dump-99999999999999999999.tmp"), "half");

        slot.dumpTarget(ProcessHandle.current().pid());

        assertThat(orphan).doesNotExist();
        assertThat(stray).doesNotExist();
        assertThat(overlong).as("a number no process id can be").doesNotExist();
        assertThat(live).exists();
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
