package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export killed in a folder leaves there, when the folder is someone else's: an export run as root
 * into a user's folder and killed with SIGKILL left a staging folder of root's that the user could not
 * remove, and their next export into the folder failed with "permission denied" on it. Now everything a set
 * stages belongs to the folder's owner (where it may be given: as root), and a leftover that still cannot be
 * removed (made by an older cabletag, or another user's) is named and left alone; the next export goes on.
 *
 * <p>Giving files away needs root, and the refusals only happen to a user who is not root: each test skips
 * itself when it cannot run as who runs it (CI runs the suite as an unprivileged user, see .ci/run).
 */
class OutputSetLeftoverTest {

    @TempDir
    Path temp;

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aSetKilledInAUsersFolderLeavesOnlyWhatThatUserOwns() throws IOException {
        Assumptions.assumeTrue(isRoot(), "only root can give a file to another user");
        Path folder = Files.createDirectory(temp.resolve("theirs"));
        UserPrincipal nobody = temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("65534");
        GroupPrincipal nogroup = temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("65534");
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);

        OutputSet set = OutputSet.begin(folder);
        OutputSets.stage(set, OutputSets.folder("new"), "brat"); // brat/annotation.conf, brat/train/a.txt, …
        set.abandon(); // killed here: nothing cleans up

        List<Path> left;
        try (Stream<Path> walk = Files.walk(folder)) {
            left = walk.filter(path -> !path.equals(folder)).toList();
        }
        assertThat(left).anySatisfy(path -> assertThat(path.toString()).endsWith("/new/brat/train/a.ann"))
                .anySatisfy(path -> assertThat(path.getFileName().toString()).isEqualTo(OutputSet.OWNER_LOCK));
        for (Path path : left) {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            assertThat(attributes.owner()).as(path.toString()).isEqualTo(nobody);
            assertThat(attributes.group()).as(path.toString()).isEqualTo(nogroup);
        }
    }

    /**
     * A leftover of another user's (here root's, in a folder of the user's) cannot be removed: named once, and
     * the next set goes on. Only another owner makes it so: the user's own read-only leftovers are opened up
     * and removed, and root removes everything. So CI makes it (.ci/run, as root, before the tests run as an
     * unprivileged user) and names its folder in {@code cabletag.test.foreignLeftoverFolder}: a folder of the
     * user's holding {@code .cabletag-staging-older/new/brat/a.ann}, {@code brat} and {@code a.ann} root's.
     */
    @Test
    void aLeftoverThatCannotBeRemovedIsNamedAndTheNextSetGoesOn() throws IOException {
        String given = System.getProperty("cabletag.test.foreignLeftoverFolder");
        Assumptions.assumeTrue(given != null && !given.isBlank(),
                "needs a leftover of another user's, which CI makes (cabletag.test.foreignLeftoverFolder)");
        Path folder = Path.of(given);
        Path leftover = folder.resolve(OutputSet.STAGING_PREFIX + "older");
        Path stuck = leftover.resolve("new").resolve("brat");
        Assumptions.assumeFalse(Files.isWritable(stuck), "running as root: every folder is writable");

        try (OutputSet set = OutputSet.begin(folder)) {
            assertThat(set.notes()).singleElement().asString()
                    .startsWith("could not remove " + leftover + ", the staging folder of an export that was interrupted"
                            + " (permission denied); it is left as it is and not used again: remove it (it belongs to ");
            OutputSets.stage(set, OutputSets.split("new"), null);
            set.commit(OutputSets.SPLIT, () -> { });
            assertThat(set.notes()).as("found again by the commit, named once").hasSize(1);
        }

        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("new"));
        assertThat(stuck.resolve("a.ann")).exists();
    }

    @Test
    void aLeftoverWhoseOwnerFileOnlyItsMakerMayWriteIsRemoved() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("out"));
        Path leftover = folder.resolve(OutputSet.STAGING_PREFIX + "older");
        Files.createDirectories(leftover.resolve("new"));
        Path owner = Files.createFile(leftover.resolve(OutputSet.OWNER_LOCK));
        Files.setPosixFilePermissions(owner, PosixFilePermissions.fromString("r--r--r--")); // root's, in a user's folder
        Assumptions.assumeFalse(Files.isWritable(owner), "running as root: every file is writable");

        try (OutputSet set = OutputSet.begin(folder)) {
            assertThat(set.notes()).containsExactly("removed " + leftover + ", the staging folder an interrupted export left behind (its new output, unfinished, or the old one it had set aside)");
        }

        assertThat(leftover).doesNotExist();
    }

    @Test
    void aJournalWhoseFilesCannotBeMovedStopsTheNextSetAndSaysWhy() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("out"));
        Path staging = folder.resolve(OutputSet.STAGING_PREFIX + "older");
        Path staged = Files.createDirectories(staging.resolve("new"));
        Files.writeString(staged.resolve("out.jsonl"), "{\"new\": true}\n");
        Files.writeString(folder.resolve(OutputSet.JOURNAL), "cabletag output set, version 1\nstaging " + staging.getFileName()
                + "\nentry out.jsonl\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("r-xr-xr-x")); // as another user's would be
        try {
            Assumptions.assumeFalse(Files.isWritable(staged), "running as root: every folder is writable");

            assertThatThrownBy(() -> OutputSet.begin(folder)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("an export interrupted in " + folder + " while it moved its new files into place"
                            + " cannot be completed (permission denied: " + staged.resolve("out.jsonl"))
                    .hasMessageContaining("its journal " + OutputSet.JOURNAL + " and its files in " + staging + " are kept");
            assertThat(folder.resolve(OutputSet.JOURNAL)).exists();
        } finally {
            Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
