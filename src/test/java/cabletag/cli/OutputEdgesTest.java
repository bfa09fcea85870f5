package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of an output: a split is checked by the files it writes, not by the name they are made from; a page
 * named with a trailing '/' is refused as an export's file is; a folder that takes no file although its
 * permissions let the check pass ({@code /proc} as root) is refused as one without permission is, named by the
 * folder, never by the export's lock file or a temporary file the user never named.
 */
class OutputEdgesTest extends WithTemporaryStore {

    private Path corpus;

    @BeforeEach
    void aCorpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "A [PER Ann  ] met [LOC Baghdad  ] .\n");
        Files.writeString(corpus.resolve("b.txt"), "B [PER Bob  ] .\n");
    }

    @Test
    void aSplitIsCheckedByThePartsItWritesNotByTheNameTheyAreMadeFrom() throws IOException {
        // a link at ro.jsonl is nothing the split writes (it was refused, as if the split replaced ro.jsonl)
        Path given = dir.resolve("ro.jsonl");
        Files.createSymbolicLink(given, dir.resolve("elsewhere.jsonl"));
        CliTest.Result written = CliTest.run("export", "-q", "-f", "jsonl", "-o", given.toString(), "--split", "50/50/0", corpus.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(dir.resolve("ro.train.jsonl")).exists();
        assertThat(Files.isSymbolicLink(given)).isTrue();

        // a link at a part is refused before the corpus is read, the part named as the user gave the output
        Path part = dir.resolve("ro.dev.jsonl");
        Files.delete(part);
        Files.createSymbolicLink(part, dir.resolve("elsewhere.jsonl"));
        CliTest.run("export", "-f", "jsonl", "-o", given.toString(), "--split", "50/50/0", corpus.toString())
                .assertBadUse("output " + part + " is a symbolic link");
    }

    @Test
    void aReadOnlyNameOfASplitIsNoReasonToRefuseItButAReadOnlyPartIs() throws IOException {
        Path given = dir.resolve("ro.jsonl");
        Files.writeString(given, "mine\n");
        Files.setPosixFilePermissions(given, PosixFilePermissions.fromString("r--r--r--"));
        // root may write any file, and does
        Assumptions.assumeFalse(Files.isWritable(given), "running as root: every file is writable");
        CliTest.Result written = CliTest.run("export", "-q", "-f", "jsonl", "-o", given.toString(), "--split", "50/50/0", corpus.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(given).hasContent("mine");
        Path train = dir.resolve("ro.train.jsonl");
        Files.setPosixFilePermissions(train, PosixFilePermissions.fromString("r--r--r--"));
        CliTest.run("export", "-f", "jsonl", "-o", given.toString(), "--split", "50/50/0", corpus.toString())
                .assertBadUse("output " + train + " is read-only (permission denied)");
    }

    @Test
    void aPageNamedWithATrailingSlashIsBadUseAsAnExportsFileIs() {
        Path page = dir.resolve("r.html");
        CliTest.run("report", "--no-suggestion-quality", "--html", page + "/", corpus.toString())
                .assertBadUse("--html " + page + "/ ends with '/', which names a folder; the page is a file: give its path without the '/'");
        assertThat(page).doesNotExist();
    }

    @Test
    void aFolderThatTakesNoFileIsBadUseNamedByTheFolder() {
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc), "no /proc here");
        // as root /proc passes the check of permissions, and making the lock there fails: said of the folder, exit 2
        // as for a folder without permission (which is what a user other than root is told, before reading)
        CliTest.Result export = CliTest.run("export", "-f", "jsonl", "-o", "/proc/x.jsonl", corpus.toString());
        export.assertBadUse("cabletag export: cannot write /proc/x.jsonl: ");
        assertThat(export.err()).doesNotContain(".cabletag-export.lock").doesNotContain("/proc/.");
        CliTest.Result report = CliTest.run("report", "--no-suggestion-quality", "--html", "/proc/r.html", corpus.toString());
        report.assertBadUse("cabletag report: cannot write /proc/r.html: ");
        assertThat(report.err()).doesNotContain(".tmp").doesNotContain("/proc/.");
    }
}
