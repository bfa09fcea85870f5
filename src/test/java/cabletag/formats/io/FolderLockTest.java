package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock file an export leaves in a folder lets in every later export of whoever may write there: one
 * left by root's export (or by one member of a shared folder's group), readable only by its maker, stopped
 * every other user's export into that folder with "permission denied".
 */
class FolderLockTest {

    @TempDir
    Path temp;

    @Test
    void aNewLockFileMayBeWrittenByEveryoneWhoMayWriteTheFolder() throws IOException {
        Path shared = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));
        try (FolderLock lock = FolderLock.acquire(shared)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve(FolderLock.FILE))))
                    .startsWith("rw-rw-");
        }
    }

    @Test
    void aLockFileRootMakesInAUsersFolderIsTheirs() throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Path folder = Files.createDirectory(temp.resolve("theirs"));
        UserPrincipal nobody = temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("65534");
        Files.getFileAttributeView(folder, PosixFileAttributeView.class).setOwner(nobody);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (FolderLock lock = FolderLock.acquire(folder)) {
            PosixFileAttributes file = Files.readAttributes(folder.resolve(FolderLock.FILE), PosixFileAttributes.class);
            assertThat(file.owner()).isEqualTo(nobody);
            assertThat(PosixFilePermissions.toString(file.permissions())).startsWith("rw-");
        }
    }

    @Test
    void anExistingLockFileIsLeftAsItIs() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("again"));
        Path file = Files.createFile(folder.resolve(FolderLock.FILE));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (FolderLock lock = FolderLock.acquire(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}
