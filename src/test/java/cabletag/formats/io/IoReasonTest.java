package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Failures read as reasons, in words, naming the user's file and never the export's staging folder. */
class IoReasonTest {

    @Test
    void javasExceptionNamesBecomeReasons() {
        assertThat(IoReason.describe(new AccessDeniedException("/data/a.txt"))).isEqualTo("permission denied (/data/a.txt)");
        assertThat(IoReason.describe(new NoSuchFileException("/data/a.txt"))).isEqualTo("no such file or folder (/data/a.txt)");
        assertThat(IoReason.describe(new FileSystemException("/data/a.txt", null, "No space left on device")))
                .isEqualTo("No space left on device (/data/a.txt)");
        assertThat(IoReason.reason(new FileSystemException("/data/a", null, "Not a directory"))).isEqualTo("not a folder");
        assertThat(IoReason.describe(new IOException("broken pipe"))).isEqualTo("broken pipe");
    }

    @Test
    void aFileInAnExportsStagingFolderIsNamedByTheFolderTheExportWritesInto() {
        AccessDeniedException staged = new AccessDeniedException("/data/out/" + OutputSet.STAGING_PREFIX + "1a2b/new/r.jsonl");
        assertThat(IoReason.describe(staged)).isEqualTo("permission denied (/data/out)");
    }
}
