package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export run as root (a cron job, {@code sudo}) that replaces a user's output leaves it theirs: the same
 * owner, group and permissions, as {@code cp} onto the file would. Only root can give a file to another user,
 * so these run as root and are skipped otherwise ({@code ReplacedAttributesTest} covers the rest).
 */
class ExportKeepsOwnerTest {

    @TempDir
    Path temp;

    private UserPrincipal nobody;
    private GroupPrincipal nogroup;

    @BeforeEach
    void asRootOnly() throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        UserPrincipalLookupService lookup = temp.getFileSystem().getUserPrincipalLookupService();
        nobody = lookup.lookupPrincipalByName("65534");
        nogroup = lookup.lookupPrincipalByGroupName("65534");
    }

    @Test
    void aReplacedFileKeepsItsOwnerGroupAndPermissions() throws IOException {
        Path target = temp.resolve("out.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.seedDocuments(), target);
        giveAway(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL),
                ExportTestSupport.seedDocuments(), target);

        PosixFileAttributes now = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(now.owner()).isEqualTo(nobody);
        assertThat(now.group()).isEqualTo(nogroup);
        assertThat(PosixFilePermissions.toString(now.permissions())).isEqualTo("rw-r-----");
        assertThat(summary.problems()).isEmpty();
    }

    @Test
    void aReplacedFolderExportGivesEverythingInItToTheOldFoldersOwner() throws IOException {
        Path target = temp.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), ExportTestSupport.seedDocuments(), target);
        giveAway(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-x---"));

        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), ExportTestSupport.seedDocuments(), target);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwxr-x---");
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(target)) {
            tree = walk.toList();
        }
        assertThat(tree).hasSizeGreaterThan(3);
        for (Path path : tree) {
            PosixFileAttributes now = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            assertThat(now.owner()).as(path.toString()).isEqualTo(nobody);
            assertThat(now.group()).as(path.toString()).isEqualTo(nogroup);
        }
    }

    /**
     * A new output replaces nothing to take an owner from: made in a user's folder by root's export, it is the
     * user's, as everything that export stages there is (so that an export killed there leaves nothing they
     * cannot remove). Before, a new brat folder of root's in their folder was one they could neither empty
     * nor export over: replacing it moves it, and a folder of root's cannot be moved by them.
     */
    @Test
    void newOutputsInAUsersFolderAreTheirs() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("theirs"));
        giveAway(folder);

        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.seedDocuments(), folder.resolve("out.jsonl"));
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), ExportTestSupport.seedDocuments(), folder.resolve("brat"));

        List<Path> tree;
        try (Stream<Path> walk = Files.walk(folder)) {
            tree = walk.toList();
        }
        assertThat(tree).contains(folder.resolve("out.jsonl"), folder.resolve("brat").resolve("annotation.conf"));
        for (Path path : tree) {
            PosixFileAttributes now = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            assertThat(now.owner()).as(path.toString()).isEqualTo(nobody);
            assertThat(now.group()).as(path.toString()).isEqualTo(nogroup);
        }
    }

    @Test
    void theUsersFilesKeptInAReplacedFolderKeepTheirOwnOwnerNotTheFolders() throws IOException {
        Path target = temp.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), ExportTestSupport.seedDocuments(), target);
        giveAway(target);
        UserPrincipalLookupService lookup = temp.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal daemon = lookup.lookupPrincipalByName("1");
        GroupPrincipal daemons = lookup.lookupPrincipalByGroupName("1");
        Path notes = Files.writeString(Files.createDirectories(target.resolve("extra")).resolve("NOTES.md"), "mine\n");
        Path ann;
        try (Stream<Path> files = Files.list(target)) {
            ann = files.filter(file -> file.toString().endsWith(".ann")).findFirst().orElseThrow();
        }
        Files.writeString(ann, "T99\tPER 0 1\tX\n", java.nio.file.StandardOpenOption.APPEND);
        for (Path path : List.of(notes, notes.getParent(), ann)) {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            view.setOwner(daemon);
            view.setGroup(daemons);
        }
        Files.setPosixFilePermissions(notes.getParent(), PosixFilePermissions.fromString("rwxr-x---"));

        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), ExportTestSupport.seedDocuments(), target);

        Path kept = ann.resolveSibling(ann.getFileName() + ".~1~");
        for (Path path : List.of(notes, notes.getParent(), kept)) {
            PosixFileAttributes now = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            assertThat(now.owner()).as(path.toString()).isEqualTo(daemon);
            assertThat(now.group()).as(path.toString()).isEqualTo(daemons);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notes.getParent()))).isEqualTo("rwxr-x---");
        assertThat(Files.readAttributes(ann, PosixFileAttributes.class).owner()).isEqualTo(nobody); // the new one is the folder's
    }

    private void giveAway(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(nobody);
        view.setGroup(nogroup);
    }
}
