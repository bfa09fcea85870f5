package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mark tells an output that is still as cabletag wrote it (replaced without a copy) from everything
 * else: a file changed in place keeps the extended attribute (an appended line, a file copied over it, an
 * editor saving in place), so the mark's record of what was written is checked against what the file holds.
 */
class ExportMarkTest {

    private static final String WRITTEN = "{\"id\":\"a\",\"text\":\"A Ann .\"}\n";

    @TempDir
    Path temp;

    private Path out;

    /** {@code out.jsonl} as an export leaves it: written through the marking stream, under its own name. */
    @BeforeEach
    void written() throws IOException {
        out = temp.resolve("out.jsonl");
        try (MarkingOutputStream stream = new MarkingOutputStream(Files.newOutputStream(out), out, "out.jsonl")) {
            stream.write(WRITTEN.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anOutputAsWrittenIsReplacedWithoutACopy() throws IOException {
        assertThat(ExportMark.provenance(out).keep()).isFalse();
        assertThat(ExportMark.keepUnlessUnchanged(out)).isEmpty();
        assertThat(temp.resolve("out.jsonl.~1~")).doesNotExist();
    }

    @Test
    void aLineAppendedByHandKeepsTheAttributeButTheFileIsKeptAsACopy() throws IOException {
        Files.writeString(out, "MY HAND-WRITTEN LINE\n", StandardOpenOption.APPEND);
        assertThat(ExportMark.isMarked(out)).as("the attribute survives >>").isTrue();

        Optional<String> note = ExportMark.keepUnlessUnchanged(out);

        assertThat(note).contains(out + " was changed since cabletag wrote it; the old file is kept as out.jsonl.~1~");
        assertThat(Files.readString(temp.resolve("out.jsonl.~1~"))).isEqualTo(WRITTEN + "MY HAND-WRITTEN LINE\n");
    }

    @Test
    void aChangeOfTheSameSizeWithTheOldModificationTimeIsToldByTheContent() throws IOException {
        FileTime written = Files.getLastModifiedTime(out);
        Files.writeString(out, WRITTEN.replace("Ann", "Bob")); // truncated and written in place: same inode, same size
        Files.setLastModifiedTime(out, written);

        assertThat(ExportMark.isMarked(out)).isTrue();
        assertThat(ExportMark.provenance(out).why()).isEqualTo("was changed since cabletag wrote it");
    }

    @Test
    void anOutputMovedHereFromAnotherNameIsKept() throws IOException {
        Path other = temp.resolve("other.jsonl");
        Files.move(out, other);

        assertThat(ExportMark.provenance(other).why()).isEqualTo("was written by cabletag as out.jsonl and moved or copied here");
    }

    @Test
    void aFileCabletagDidNotWriteAndOneMarkedByAnEarlierVersionAreKept() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.md"), "my notes\n");
        assertThat(ExportMark.keepUnlessUnchanged(notes))
                .contains(notes + " was not written by cabletag; the old file is kept as notes.md.~1~");

        // cabletag before the record of what was written marked its files with the value "1"
        Files.getFileAttributeView(out, UserDefinedFileAttributeView.class)
                .write(ExportMark.NAME, ByteBuffer.wrap("1".getBytes(StandardCharsets.US_ASCII)));
        assertThat(ExportMark.provenance(out).keep()).isTrue();
        assertThat(ExportMark.provenance(out).why()).contains("another version of cabletag");
    }

    @Test
    void numberedCopiesTakeTheFirstFreeNumber() throws IOException {
        Files.writeString(temp.resolve("out.jsonl.~1~"), "an older copy");
        Files.writeString(out, "changed\n");

        assertThat(ExportMark.keepUnlessUnchanged(out)).hasValueSatisfying(note -> assertThat(note).endsWith("kept as out.jsonl.~2~"));
        assertThat(Files.readString(temp.resolve("out.jsonl.~1~"))).isEqualTo("an older copy");
        assertThat(Files.readString(temp.resolve("out.jsonl.~2~"))).isEqualTo("changed\n");
    }

    @Test
    void aPageWrittenAsAnOutputFileIsReplacedAsItIsAndAnythingElseIsKept() throws IOException {
        Path page = Files.writeString(temp.resolve("report.html"), "my own notes\n");

        assertThat(OutputFile.write(page, "<html>1</html>".getBytes(StandardCharsets.UTF_8)))
                .contains(page + " was not written by cabletag; the old file is kept as report.html.~1~");
        assertThat(OutputFile.write(page, "<html>2</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        Files.writeString(page, " and my remark", StandardOpenOption.APPEND);
        assertThat(OutputFile.write(page, "<html>3</html>".getBytes(StandardCharsets.UTF_8)))
                .contains(page + " was changed since cabletag wrote it; the old file is kept as report.html.~2~");

        assertThat(Files.readString(page)).isEqualTo("<html>3</html>");
        assertThat(Files.readString(temp.resolve("report.html.~1~"))).isEqualTo("my own notes\n");
        assertThat(Files.readString(temp.resolve("report.html.~2~"))).isEqualTo("<html>2</html> and my remark");
        assertThat(temp.resolve("report.html.~3~")).doesNotExist();
    }

    /**
     * A file its reader may not read: whether cabletag wrote it is what could not be read (permission denied),
     * and that is what the note says; it is kept, as a file that might be the user's. Root reads everything,
     * so this runs as another user only (.ci/run).
     */
    @Test
    void anOutputThatCannotBeReadIsNotSaidToBeWrittenByNobody() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));

        ExportMark.Provenance provenance = ExportMark.provenance(out);

        assertThat(provenance.keep()).isTrue();
        assertThat(provenance.why()).isEqualTo("could not be read to tell whether cabletag wrote it (permission denied)");
    }

    /**
     * A read-only file is one its owner protects: an export refuses it, and so does every single file written for
     * the user (report --html, the Report view's Save, Save cable as inline), at the write itself: the rename needs
     * only the folder. Root may write it, so this runs as another user only (.ci/run).
     */
    @Test
    void aReadOnlyFileIsRefusedByAnOutputFileAndStaysAsItWas() throws IOException {
        Path page = Files.writeString(temp.resolve("protected.html"), "my own notes\n");
        Files.setPosixFilePermissions(page, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(page), "running as root: every file is writable");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> OutputFile.write(page, "<html/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OutputRefusedException.class)
                .hasMessage(page + " is read-only (permission denied): replacing it needs permission to write it;"
                        + " make it writable (chmod u+w) or choose a file path");
        assertThat(Files.readString(page)).isEqualTo("my own notes\n");
        try (java.util.stream.Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("protected.html."));
        }
    }
}
