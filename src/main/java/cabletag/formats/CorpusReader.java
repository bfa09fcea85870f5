package cabletag.formats;

import cabletag.formats.reader.ByteOrderMark;
import cabletag.core.Document;
import cabletag.formats.reader.FormatException;
import cabletag.formats.reader.BadLinesException;
import cabletag.formats.reader.BytePlace;
import cabletag.formats.io.IoReason;
import cabletag.formats.reader.FormatReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A folder is a corpus: every readable text file inside it, recursively, in a stable order (relative
 * path, '/'-separated, compared as strings). Named inputs are listed by path, not in the order they were
 * given ({@link InputOrder}), and a file reached twice is listed once.
 * Binary and unreadable files are reported and skipped; nothing else stops a corpus from opening. A file is
 * taken for binary by a NUL in its first {@value #BINARY_SNIFF_BYTES} bytes only, so that listing stays cheap;
 * a NUL further on is named by the reader, which reads the whole file anyway (a cable's, a jsonl or doccano
 * text's, a CoNLL file's, and a brat {@code .txt}'s, which the listing never sniffs: it is read with its {@code .ann}).
 * Symbolic links are followed; a loop or a dangling link is reported by name.
 */
public final class CorpusReader {

    private static final int HEAD_BYTES = 4096;
    private static final int BINARY_SNIFF_BYTES = 8192;
    private static final int HEAD_LENGTH = Math.max(HEAD_BYTES, BINARY_SNIFF_BYTES);
    private static final long WHOLE_FILE_BYTES = 64L << 20;

    /** The words of a problem line that says a file could not be read at all (not: read and found wrong). */
    static final String CANNOT_READ = ": error: cannot read file: ";

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final List<FormatReader> readers;

    public CorpusReader(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static CorpusReader standard() {
        return new CorpusReader(FormatRegistry.readers());
    }

    /**
     * The files of the inputs, a problem line for every input that does not exist, and how many files were
     * left out because they were listed already (named twice, or reached again through a link).
     */
    /**
     * The files listed, the problem lines, and for each problem its place among the files (how many of them
     * come before the entry it is about: {@code check} says it there, in path order with the files' lines).
     */
    public record Listing(List<CorpusFile> files, List<String> problems, List<Integer> problemPlaces, int repeated) { }

    public Listing list(List<Path> inputs) {
        return list(inputs, new SeenFiles());
    }

    /**
     * Lists as {@link #list(List)} does, leaving out the files in {@code seen} (file keys) and adding the
     * ones it lists: listings that share it list every file once, as one listing of all their inputs would.
     */
    public Listing list(List<Path> inputs, SeenFiles seen) {
        List<CorpusFile> files = new ArrayList<>();
        SortedFolderWalk.Result result = SortedFolderWalk.walk(this, inputs, files::addAll, seen);
        return new Listing(files, result.problems(), result.places(), result.repeated());
    }

    /**
     * Whether a folder's entry of this name is no part of the corpus: hidden, or a backup copy (an editor's
     * {@code a.txt~}, an export's {@code a.txt.~1~}). Named directly, such a file is read.
     */
    public static boolean leftOutOfFolders(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    /**
     * The inputs as they are listed: by path, whatever order they were named in ({@link InputOrder}), a folder
     * named by every entry it has as the folder ({@link WholeFolders}).
     */
    public static List<Path> inListingOrder(List<Path> inputs) {
        return InputOrder.sorted(WholeFolders.of(inputs));
    }

    /**
     * Lists the inputs as {@link #list} does, handing the files to {@code batches} as they are found, in
     * the same order (the first batches small); returns the problem lines once all is listed. Folders are
     * walked following symbolic links, so a corpus spread over linked folders is read whole. A link back
     * to a folder above it is reported once, by name, and not entered (it would loop); a link that points
     * nowhere is reported by name. Nothing is skipped in silence. The order is the sorted relative names,
     * wherever the links lead.
     */
    public List<String> stream(List<Path> inputs, java.util.function.Consumer<List<CorpusFile>> batches) {
        return SortedFolderWalk.walk(this, inputs, batches);
    }

    /** What {@link #streamNamed} found besides the files: the problem lines, and the inputs with what each held. */
    public record Streamed(List<String> problems, NamedInputs inputs) { }

    /**
     * Lists as {@link #stream} does, and keeps count of which input each file was listed under, so that the
     * documents read from them can be counted and an input that gave none named ({@link NamedInputs}).
     */
    public Streamed streamNamed(List<Path> inputs, java.util.function.Consumer<List<CorpusFile>> batches) {
        SortedFolderWalk.Result result = SortedFolderWalk.walk(this, inputs, batches, new SeenFiles());
        return new Streamed(result.problems(), result.namedInputs());
    }

    /**
     * Why a named input is not read, in a line: missing, something that is no file or folder (a FIFO, a
     * device), or a link that points nowhere or loops (named
     * as such: "no such file" about a link that is right there sends the user looking in the wrong place), or a
     * name whose bytes the JVM could not decode (named as such: the file may be there under its own bytes).
     */
    public static String missingInput(Path input) {
        if (Files.exists(input)) {
            return input + ": not a regular file or folder" + (Files.isSymbolicLink(input) ? " (a symbolic link to " + target(input) + ")" : "");
        }
        if (Files.isSymbolicLink(input)) {
            return input + ": a symbolic link " + BrokenLink.why(input);
        }
        if (cabletag.formats.io.FileNameEncoding.lostBytes(input.toString())) {
            return input + ": " + cabletag.formats.io.FileNameEncoding.lostBytesForInput();
        }
        return input + ": no such file or folder";
    }

    /** Where a link itself lives, whatever path reached it: its folder resolved, its own name kept. */
    static Path realLocation(Path link) {
        try {
            // a bare name (`a`) has no parent: its folder is the working one
            return link.toAbsolutePath().getParent().toRealPath().resolve(link.getFileName());
        } catch (IOException e) {
            return link.toAbsolutePath().normalize();
        }
    }

    static String realTarget(Path link) {
        try {
            return link.toRealPath().toString();
        } catch (IOException e) {
            return target(link);
        }
    }

    static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return link.toString();
        }
    }

    /** Whether a reader takes a file given by its path as part of another: its siblings are looked up. */
    boolean isCompanion(Path file) {
        return isCompanion(file.getFileName().toString(), sibling -> Files.isRegularFile(file.resolveSibling(sibling)));
    }

    /** Whether a reader takes the file {@code name} of a folder as part of another; see {@link FormatReader#isCompanion(String, java.util.function.Predicate)}. */
    boolean isCompanion(String name, java.util.function.Predicate<String> siblingIsFile) {
        for (FormatReader reader : readers) {
            if (reader.isCompanion(name, siblingIsFile)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the file is, from its name and first bytes, without reading it whole: the decision {@link #read}
     * makes before it reads, for a listing that must know whether a file is a cable, a dataset or nothing
     * (binary, unreadable). Opens the file unless the listing saw it empty. Never throws.
     */
    public ReaderChoice choose(CorpusFile file) {
        byte[] head;
        try {
            head = file.size() == 0 ? new byte[0] : head(file.path());
        } catch (IOException e) {
            return ReaderChoice.skipped(file.shown() + ":1:1" + CANNOT_READ + IoReason.describe(e));
        }
        return choose(file, head);
    }

    /** The one decision of what a file is, from its name and head: see {@link ReaderChoice}. */
    private ReaderChoice choose(CorpusFile file, byte[] head) {
        // UTF-16 and UTF-32 text is full of NUL bytes; its byte order mark says it is text (ADR 0006).
        int nul = ByteOrderMark.startsWideText(head) ? -1 : indexOfNul(head);
        if (nul >= 0) {
            String byteOrder = Utf16WithoutMark.byteOrder(head, BINARY_SNIFF_BYTES);
            String hint = byteOrder == null ? ""
                    : "; it looks like UTF-16 (" + byteOrder + ") without a byte order mark: save it as UTF-8";
            return ReaderChoice.skipped(file.shown() + ":" + BytePlace.of(head, 0, nul) + ": error: binary file (NUL byte at offset "
                    + nul + ") skipped" + hint);
        }
        FormatReader reader = readerOf(file.path(), head);
        if (reader == null) {
            return ReaderChoice.skipped(file.shown() + ":1:1: error: no reader takes this file");
        }
        return ReaderChoice.taken(reader);
    }

    /** Reads one file with the first reader that takes it ({@link #choose}); never throws. */
    public ReadOutcome read(CorpusFile file) {
        // A file of ordinary size is read once, whole, and handed to the reader: opening a file costs more
        // than reading a cable, so opening it twice (head, then content) halved a corpus's throughput.
        byte[] content;
        byte[] head;
        try {
            content = readWhole(file);
            // the head of a small file is the file itself: only a larger one's is cut off
            head = content == null ? head(file.path())
                    : content.length <= HEAD_LENGTH ? content : Arrays.copyOf(content, HEAD_LENGTH);
        } catch (IOException e) {
            return skipped(file, file.shown() + ":1:1" + CANNOT_READ + IoReason.describe(e));
        }
        ReaderChoice choice = choose(file, head);
        if (choice.isSkipped()) {
            return skipped(file, choice.problem());
        }
        FormatReader reader = choice.reader();
        try {
            List<Document> documents = content != null
                    ? reader.read(file.path(), file.name(), content)
                    : reader.read(file.path(), file.name());
            return new ReadOutcome(file, shownAsNamed(documents, file), List.of());
        } catch (BadLinesException e) {
            List<String> problems = new ArrayList<>();
            for (FormatException bad : e.badLines()) {
                problems.add(bad.format(file.shown()));
            }
            return new ReadOutcome(file, shownAsNamed(e.documents(), file), problems);
        } catch (FormatException e) {
            return skipped(file, e.format(file.shown()));
        } catch (IOException e) {
            return skipped(file, file.shown() + ":1:1" + CANNOT_READ + IoReason.describe(e));
        } catch (RuntimeException e) {
            // a fault of a reader on one file (two tags on the same text once threw) must not end an export of a
            // corpus, nor pass unsaid: the file is skipped and named as cabletag's fault, to be reported
            return skipped(file, file.shown() + ":1:1: error: cabletag could not read this file, a fault of its own reader ("
                    + e + "); the file is skipped: please report it, with the file");
        }
    }

    /**
     * The documents with their file named as the user named it ({@link CorpusFile#shownName}): the readers
     * know the name under the input only, which two inputs may share.
     */
    private static List<Document> shownAsNamed(List<Document> documents, CorpusFile file) {
        String shown = file.shown();
        List<Document> named = new ArrayList<>(documents.size());
        for (Document document : documents) {
            named.add(document.shownAs(shown));
        }
        return named;
    }

    /** The reader that takes a file of this name and head: the first of the registry's order; null when none does. */
    private FormatReader readerOf(Path file, byte[] head) {
        for (FormatReader reader : readers) {
            if (reader.accepts(file, head)) {
                return reader;
            }
        }
        return null;
    }

    /**
     * Whether a file of this name and content would be read as a cable (the inline format) by the next
     * reading, rather than taken for a dataset: what an inline export asks before it writes a document.
     */
    public boolean readsAsCable(Path file, byte[] content) {
        return whyNotReadAsCable(file, content) == null;
    }

    /**
     * Null when a file of this name and content would be read as a cable by the next reading; else why not,
     * in words that follow "it would be": skipped as a binary file (a NUL byte where {@link #read} looks for
     * one: a dataset's text may hold a NUL, which the next reading takes for a binary file), or taken for
     * another format.
     */
    public String whyNotReadAsCable(Path file, byte[] content) {
        byte[] head = content.length <= HEAD_LENGTH ? content : Arrays.copyOf(content, HEAD_LENGTH);
        int nul = ByteOrderMark.startsWideText(head) ? -1 : indexOfNul(head);
        if (nul >= 0) {
            return "skipped as a binary file when read back (NUL byte at offset " + nul + ")";
        }
        return readerOf(file, head) instanceof cabletag.formats.inline.InlineFormat
                ? null : "read back as another format, not as a cable";
    }

    /** Whether a problem line of {@link #read} says the file could not be read (rather than parsed). */
    public static boolean isReadFailure(String problem) {
        return problem.contains(CANNOT_READ);
    }

    /** Lists and reads everything, for callers that want the whole corpus in memory. */
    public List<ReadOutcome> readAll(List<Path> inputs) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        for (CorpusFile file : list(inputs).files()) {
            outcomes.add(read(file));
        }
        return outcomes;
    }

    private static ReadOutcome skipped(CorpusFile file, String problem) {
        return new ReadOutcome(file, List.of(), List.of(problem));
    }

    /** Below this size a file is read with a single call; above it, the copy that saves costs more than the call. */
    private static final int ONE_CALL_BYTES = 64 << 10;

    /**
     * The whole file, or null when it is larger than {@link #WHOLE_FILE_BYTES}; read to its end even if it
     * changed since it was listed. Every call to the system costs here about as much as parsing a cable,
     * so: the size is the listing's when it has one (not asked again), and a small file is read with one
     * call that asks for a byte more than its size (a regular file gives fewer bytes only at its end, so
     * that call also finds the end; the array is then cut to size, a copy far cheaper than a second call).
     */
    private static byte[] readWhole(CorpusFile file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file.path())) {
            long size = file.size() >= 0 ? file.size() : channel.size();
            if (size > WHOLE_FILE_BYTES) {
                return null;
            }
            byte[] bytes = new byte[size < ONE_CALL_BYTES ? (int) size + 1 : (int) size];
            int filled = 0;
            while (true) {
                if (filled == bytes.length) {
                    if (bytes.length == size) {
                        int more = channel.read(ByteBuffer.wrap(new byte[1])); // at its end, as listed?
                        if (more < 0) {
                            return bytes;
                        }
                        if (more == 1) {
                            channel.position(size); // it grew since: read again from there, whole
                        }
                    }
                    bytes = Arrays.copyOf(bytes, Math.max(8192, bytes.length * 2));
                }
                int read = channel.read(ByteBuffer.wrap(bytes, filled, bytes.length - filled));
                if (read < 0) {
                    break;
                }
                filled += read;
                if (filled == size && bytes.length == size + 1) {
                    break; // the one call stopped short of the extra byte: the file ends here
                }
            }
            return filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_LENGTH);
        }
    }

    private static int indexOfNul(byte[] head) {
        int limit = Math.min(head.length, BINARY_SNIFF_BYTES);
        int i = 0;
        // eight bytes at a time: a word has a zero byte exactly when this bit trick leaves a high bit set
        for (; i + 8 <= limit; i += 8) {
            long word = (long) LONGS.get(head, i);
            if (((word - 0x0101010101010101L) & ~word & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < limit; i++) {
            if (head[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
