package cabletag.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An operating-system lock held while a window has some files open, so that a second window or
 * process whose inputs overlap (the same folder, a file in it, a parent folder) is told the two would
 * overwrite each other's corrections. The lock file names the inputs; the lock goes with the process,
 * so a killed session leaves nothing stale behind.
 */
final class SessionLock implements AutoCloseable {

    static final String FOLDER = "locks";

    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks these inputs; {@code others} gets the inputs of each live session that overlaps them. */
    static SessionLock acquire(Path storeFolder, List<String> inputs, List<List<String>> others) throws IOException {
        Path folder = storeFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        String name = Hashes.sha256Hex(String.join("\n", inputs)).substring(0, 20) + ".lock";
        collectOverlapping(folder, name, inputs, others);
        FileChannel channel = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                channel.truncate(0);
                channel.write(java.nio.ByteBuffer.wrap((String.join("\n", inputs) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
                return new SessionLock(channel, lock);
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another session in this JVM has the same inputs
        }
        channel.close();
        others.add(inputs);
        return null;
    }

    private static void collectOverlapping(Path folder, String own, List<String> inputs, List<List<String>> others) {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(folder, "*.lock")) {
            for (Path file : locks) {
                if (file.getFileName().toString().equals(own) || !isHeld(file)) {
                    continue;
                }
                List<String> theirs = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        theirs.add(line);
                    }
                }
                if (overlap(inputs, theirs)) {
                    others.add(theirs);
                }
            }
        } catch (IOException e) {
            // a lock that cannot be looked at warns nobody; the own lock still works
        }
    }

    private static boolean isHeld(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One input is the other or lies inside it. */
    static boolean overlap(List<String> ours, List<String> theirs) {
        for (String a : ours) {
            for (String b : theirs) {
                if (a.equals(b) || a.startsWith(b.endsWith("/") ? b : b + "/") || b.startsWith(a.endsWith("/") ? a : a + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
