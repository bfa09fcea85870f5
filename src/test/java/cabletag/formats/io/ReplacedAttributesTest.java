package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replaced file's owner, group and permissions go to its replacement where the writer may give them,
 * and what it may not give is said, not failed on. Giving a file to another user needs root: that case is
 * {@code cabletag.formats.export.ExportKeepsOwnerTest}, run as root; these run as any user.
 */
class ReplacedAttributesTest {

    @TempDir
    Path temp;

    @Test
    void aGroupTheWriterIsInIsKeptAsAreThePermissions() throws IOException {
        Path old = Files.writeString(temp.resolve("out.jsonl"), "old");
        Path replacement = Files.writeString(temp.resolve(".out.jsonl.tmp"), "new");
        GroupPrincipal other = anotherGroupOfTheWriter(replacement);
        Files.getFileAttributeView(old, PosixFileAttributeView.class).setGroup(other);
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(ReplacedAttributes.carryOver(old, replacement)).isEmpty();

        PosixFileAttributes now = Files.readAttributes(replacement, PosixFileAttributes.class);
        assertThat(now.group()).isEqualTo(other);
        assertThat(PosixFilePermissions.toString(now.permissions())).isEqualTo("rw-r-----");
    }

    @Test
    void anOwnerThatMayNotBeGivenIsSaidInOneLineAndThePermissionsAreStillKept() throws IOException {
        Path old = Files.writeString(temp.resolve("out.jsonl"), "old");
        Path replacement = Files.writeString(temp.resolve(".out.jsonl.tmp"), "new");
        PosixFileAttributes real = Files.readAttributes(old, PosixFileAttributes.class);
        PosixFileAttributes alices = new Attributes(real, () -> "alice", () -> "staff",
                PosixFilePermissions.fromString("rw-r-----"));
        PosixFileAttributeView refusing = new RefusingView(Files.getFileAttributeView(replacement, PosixFileAttributeView.class));

        Optional<String> note = ReplacedAttributes.carryOver(old, alices, replacement, refusing);

        PosixFileAttributes now = Files.readAttributes(replacement, PosixFileAttributes.class);
        assertThat(note).contains(old + " belonged to alice:staff; the new one belongs to " + now.owner().getName() + ":"
                + now.group().getName() + " (only root can give a file to another user, or to a group its writer is not in);"
                + " its permissions rw-r----- are kept");
        assertThat(PosixFilePermissions.toString(now.permissions())).isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileHasNothingToKeep() throws IOException {
        Path replacement = Files.writeString(temp.resolve(".new.jsonl.tmp"), "new");
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(replacement);
        assertThat(ReplacedAttributes.carryOver(temp.resolve("new.jsonl"), replacement)).isEmpty();
        assertThat(Files.getPosixFilePermissions(replacement)).isEqualTo(before);
    }

    /** A group the writer may give a file to other than the one its new files get; skips when it has none. */
    private static GroupPrincipal anotherGroupOfTheWriter(Path newFile) throws IOException {
        GroupPrincipal own = Files.readAttributes(newFile, PosixFileAttributes.class).group();
        UserPrincipalLookupService lookup = newFile.getFileSystem().getUserPrincipalLookupService();
        List<String> candidates = new ArrayList<>();
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isReadable(status), "the groups of the process are read from Linux's /proc");
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("Groups:")) {
                candidates.addAll(List.of(line.substring("Groups:".length()).trim().split("\\s+")));
            }
        }
        if ("root".equals(System.getProperty("user.name"))) {
            candidates.add("65534"); // root may give any group
        }
        for (String gid : candidates) {
            if (gid.isEmpty()) {
                continue;
            }
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(gid);
            if (!group.equals(own)) {
                return group;
            }
        }
        Assumptions.abort("the user running the tests is in no group but its own");
        return own;
    }

    /** A file system that refuses every change of owner and group, as it does to a user who is not root. */
    private record RefusingView(PosixFileAttributeView real) implements PosixFileAttributeView {
        @Override
        public String name() {
            return real.name();
        }

        @Override
        public PosixFileAttributes readAttributes() throws IOException {
            return real.readAttributes();
        }

        @Override
        public void setTimes(FileTime modified, FileTime accessed, FileTime created) throws IOException {
            real.setTimes(modified, accessed, created);
        }

        @Override
        public void setPermissions(Set<PosixFilePermission> permissions) throws IOException {
            real.setPermissions(permissions);
        }

        @Override
        public void setGroup(GroupPrincipal group) throws IOException {
            throw new FileSystemException("x", null, "Operation not permitted");
        }

        @Override
        public UserPrincipal getOwner() throws IOException {
            return real.getOwner();
        }

        @Override
        public void setOwner(UserPrincipal owner) throws IOException {
            throw new FileSystemException("x", null, "Operation not permitted");
        }
    }

    /** Another user's file: a real file's attributes with another owner, group and mode. */
    private record Attributes(PosixFileAttributes real, UserPrincipal owner, GroupPrincipal group,
            Set<PosixFilePermission> permissions) implements PosixFileAttributes {
        @Override
        public FileTime lastModifiedTime() {
            return real.lastModifiedTime();
        }

        @Override
        public FileTime lastAccessTime() {
            return real.lastAccessTime();
        }

        @Override
        public FileTime creationTime() {
            return real.creationTime();
        }

        @Override
        public boolean isRegularFile() {
            return true;
        }

        @Override
        public boolean isDirectory() {
            return false;
        }

        @Override
        public boolean isSymbolicLink() {
            return false;
        }

        @Override
        public boolean isOther() {
            return false;
        }

        @Override
        public long size() {
            return real.size();
        }

        @Override
        public Object fileKey() {
            return real.fileKey();
        }
    }
}
