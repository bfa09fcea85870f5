package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;

/**
 * The owner and group of a folder, given to what an export makes in that folder for its own use: the
 * folder's lock file, an output set's staging folder and everything staged in it (ADR 0009). An export run
 * as root (a cron job, {@code sudo}) into a user's folder and killed there left a staging folder of root's
 * that the user could neither remove nor export past; given to the folder's owner, it is theirs to remove,
 * and the next export into the folder, theirs or root's, removes it. Staged outputs that replace nothing
 * keep what they get here: root's export into a user's folder gives the user new files they own.
 *
 * <p>Only root may give a file to another user, and a user may only give a group they are in. What cannot
 * be given stays its writer's, as any file they make, and is no failure; the first refusal ends the tries,
 * and so does a first thing made that has the folder's owner and group already (a user writing into their
 * own folder): everything else one writer makes there gets the same. Links are not followed; a file system
 * without POSIX attributes has nothing to give.
 */
final class FolderOwner {

    private final UserPrincipal owner;
    private final GroupPrincipal group;
    private volatile boolean giveOwner;
    private volatile boolean giveGroup;

    private FolderOwner(UserPrincipal owner, GroupPrincipal group) {
        this.owner = owner;
        this.group = group;
        giveOwner = owner != null;
        giveGroup = group != null;
    }

    /** The owner and group of {@code folder}, to give to what is made in it. */
    static FolderOwner of(Path folder) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view == null) {
            return new FolderOwner(null, null);
        }
        PosixFileAttributes attributes = view.readAttributes();
        return new FolderOwner(attributes.owner(), attributes.group());
    }

    /** Gives {@code made}, which this process just made in the folder (or below it), the folder's owner and group where it may. */
    void give(Path made) throws IOException {
        if (!giveOwner && !giveGroup) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(made, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            giveOwner = false;
            giveGroup = false;
            return;
        }
        PosixFileAttributes now = view.readAttributes();
        boolean ownerDiffers = !now.owner().equals(owner);
        boolean groupDiffers = !now.group().equals(group);
        if (!ownerDiffers && !groupDiffers) {
            // made with the folder's owner and group: so is everything else this writer makes there
            giveOwner = false;
            giveGroup = false;
            return;
        }
        if (giveOwner && ownerDiffers) {
            giveOwner = ReplacedAttributes.tried(() -> view.setOwner(owner));
        }
        if (giveGroup && groupDiffers) {
            giveGroup = ReplacedAttributes.tried(() -> view.setGroup(group));
        }
    }
}
