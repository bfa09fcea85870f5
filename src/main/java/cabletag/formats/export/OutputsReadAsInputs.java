package cabletag.formats.export;

import cabletag.formats.CorpusFile;
import cabletag.formats.io.OverwritesInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Refuses an export that would replace a file it reads. The named inputs are checked by path
 * ({@link cabletag.formats.io.InputGuard}); this finds an output reached inside an input folder through a
 * link ({@code corpus/link.jsonl -> ../out.jsonl}, or {@code corpus/up -> ..} reaching {@code out.jsonl}): each
 * run read the last run's output as a dataset and wrote it back with its own cables added, exit 0.
 *
 * <p>Only outputs that exist can be read, so only they are looked at: a file output's identity (file key, size
 * and time), and every file of an existing output folder. A listed file is compared by its size and time as
 * listed, and its identity is asked of the system only when both match, so a corpus of 250,000 files costs a
 * pass over the listing: asked whenever the size alone matched, a brat export over its earlier self (24,000
 * cables, 48,000 files) took 5 s more.
 */
public final class OutputsReadAsInputs {

    /** An existing output file: its path, its time, and the key the system gives it (null where it gives none). */
    private record Output(Path path, long modified, Object key) { }

    private OutputsReadAsInputs() {
    }

    static void check(Path target, ExportFormat format, boolean split, Collection<CorpusFile> read)
            throws OverwritesInputException {
        check(ReplacedOutputs.outputs(target, format, split), read);
    }

    /** The same for one output file: the report's page. */
    public static void checkFile(Path output, Collection<CorpusFile> read) throws OverwritesInputException {
        check(List.of(output), read);
    }

    private static void check(List<Path> outputs, Collection<CorpusFile> read) throws OverwritesInputException {
        if (read.isEmpty()) {
            return;
        }
        Map<Long, List<Output>> bySize = new HashMap<>();
        for (Path output : outputs) {
            collect(output, bySize);
        }
        if (bySize.isEmpty()) {
            return;
        }
        for (CorpusFile file : read) {
            if (!file.hasAttributes()) {
                continue; // a file named directly: the input guard compared it by path before
            }
            List<Output> sameSize = bySize.get(file.size());
            if (sameSize == null) {
                continue;
            }
            for (Output output : sameSize) {
                // the same file has the same time too: an input only as large as an output costs no look-up
                if (output.modified() == file.modified() && same(file.path(), output)) {
                    throw new OverwritesInputException("output " + output.path() + " is read as an input: "
                            + file.path() + " reaches it through a link; refusing to overwrite input, inputs are"
                            + " never overwritten (remove the link or choose another output)");
                }
            }
        }
    }

    private static void collect(Path output, Map<Long, List<Output>> bySize) {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> files = Files.walk(output)) {
                    files.forEach(file -> add(file, bySize));
                }
            } else {
                add(output, bySize);
            }
        } catch (IOException | UncheckedIOException e) {
            // an output that cannot be looked at cannot have been read either: the export names it when it replaces it
        }
    }

    private static void add(Path file, Map<Long, List<Output>> bySize) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile()) {
                bySize.computeIfAbsent(attributes.size(), size -> new ArrayList<>(1))
                        .add(new Output(file, attributes.lastModifiedTime().toMillis(), attributes.fileKey()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean same(Path read, Output output) {
        try {
            if (output.key() != null) {
                return Objects.equals(Files.readAttributes(read, BasicFileAttributes.class).fileKey(), output.key());
            }
            return Files.isSameFile(read, output.path());
        } catch (IOException e) {
            return false; // gone since it was read: it is no output now
        }
    }
}
