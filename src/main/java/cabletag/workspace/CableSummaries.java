package cabletag.workspace;

import cabletag.formats.CorpusFile;
import cabletag.formats.ReadingRules;

import cabletag.core.Diagnostic;
import cabletag.formats.io.AtomicFile;
import cabletag.formats.io.StaleTemporaryFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * What reading each cable of a corpus found (its entity count, its reading problems and its header fields, as
 * read from the file), kept beside the store so that opening the same 250,000-cable folder again fills the list, and the
 * Problems pane, without parsing every cable: an entry counts only while its file has the same size,
 * modification time and identity (the file system's key: a file written anew under its name with its size and time
 * kept, by {@code touch -r} or {@code cp -p}, has another). One file per set of inputs under {@code <store root>/summaries/}, versioned, with a
 * checksum, written atomically. A damaged file is named as a problem and built again; it never stops a
 * corpus from opening.
 *
 * <p>It is written as the reading goes on ({@link SummaryKeeper} says when), so that a window closed or a
 * process killed half-way through a large corpus leaves what was read: such a write {@link #writeSoFar()
 * so far} keeps, beside this session's summaries, the earlier ones of the cables this session has not
 * reached yet; the write once every cable is read ({@link #write()}) holds this session's only, so the
 * summaries of files gone from the corpus do not pile up.
 *
 * <p>Version 5 holds each cable's file identity, problem lines and header fields, and the {@link ReadingRules#GENERATION}
 * they were read by. A file of another generation, or of an earlier version (1 kept the number of problems only, 2 had
 * no generation, 3 no identity, 4 the problem lines of a reading that did not yet name an entity of white space only,
 * {@code [blank-entity]}), is outdated, not damaged: nothing is taken from it, every cable is read again (no problem is
 * said) and the file is written anew. The same unchanged file read by other rules may give other counts and other
 * problem lines, and the window must show what the commands find.
 */
final class CableSummaries {

    static final String FOLDER = "summaries";
    private static final int MAGIC = 0x43545355; // "CTSU"
    static final int VERSION = 5;
    /** The problem code of a file that could not be read at all: not kept, as it may be readable next time unchanged. */
    private static final String UNREADABLE = "unreadable";

    /**
     * One cable as read: its file's size, modification time (milliseconds) and {@linkplain CorpusFile#identityOf
     * identity}, its entity count, its reading problems and its header fields (the corpus list's origin, date and
     * classification columns).
     */
    record Summary(long size, long modified, long identity, int entities, List<Diagnostic> problems, HeaderSummary header) {

        Summary {
            problems = List.copyOf(problems);
        }

        Summary(long size, long modified, long identity, int entities, List<Diagnostic> problems) {
            this(size, modified, identity, entities, problems, HeaderSummary.NONE);
        }
    }

    private final Path file;
    private final Map<String, Summary> known;
    private final Map<String, Summary> fresh = new ConcurrentHashMap<>();
    /** Counts the puts that changed what would be written; {@link #written} is the count the last write held. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long written;

    private CableSummaries(Path file, Map<String, Summary> known) {
        this.file = file;
        this.known = known;
    }

    /**
     * The summaries kept for these cables however they were named ({@link InputSetName}; none when there is no
     * file yet); a damaged file becomes a problem.
     */
    static CableSummaries open(StoreLocation store, List<Path> inputs, Problems problems) {
        String inputsNamed = String.join("\n", InputSetName.of(inputs));
        return open(store.root().resolve(FOLDER).resolve(Hashes.sha256Hex(inputsNamed).substring(0, 32) + ".bin"), problems);
    }

    static CableSummaries open(Path file, Problems problems) {
        // a window closed by a kill while it wrote a batch leaves its temporary file: a file as large as this one
        StaleTemporaryFiles.removeFrom(file.getParent());
        try {
            return new CableSummaries(file, read(file));
        } catch (NoSuchFileException e) {
            return new CableSummaries(file, new ConcurrentHashMap<>());
        } catch (IOException e) {
            problems.add(file + ": the kept cable summaries are damaged (" + e.getMessage()
                    + "); every cable is read again and the file is written anew.");
            return new CableSummaries(file, new ConcurrentHashMap<>());
        }
    }

    Path file() {
        return file;
    }

    /** The kept summary of the file at {@code path}, if its size, modification time and identity are still these. */
    Summary find(String path, long size, long modified, long identity) {
        Summary summary = known.get(path);
        return summary != null && summary.size() == size && summary.modified() == modified && summary.identity() == identity
                ? summary : null;
    }

    /**
     * Whether a cable read with these problems can be taken from its summary next time: not when its file
     * could not be read (a permission put right changes neither its size nor its modification time).
     */
    static boolean keeps(List<Diagnostic> problems) {
        for (Diagnostic problem : problems) {
            if (problem.code().equals(UNREADABLE)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps what this session found (or confirmed) for the next opening; from any thread. */
    void put(String path, Summary summary) {
        Summary before = fresh.put(path, summary);
        if (!summary.equals(before != null ? before : known.get(path))) {
            changes.incrementAndGet(); // a cable read again unchanged (let go and shown again, kept before) is nothing new
        }
    }

    int size() {
        return fresh.size();
    }

    /** Whether this session found something the file does not hold yet. */
    boolean hasUnwritten() {
        return changes.get() != written;
    }

    /** Writes this session's summaries only (every cable is read), replacing the file as a whole. */
    void write() throws IOException {
        write(false);
    }

    /**
     * Writes what is known so far, replacing the file as a whole: this session's summaries, and the earlier
     * ones of the cables it has not read yet (they count next time only if their files are unchanged).
     */
    void writeSoFar() throws IOException {
        write(true);
    }

    /** One write at a time: a batch of the reader's and the one when the window closes may meet. */
    private synchronized void write(boolean withEarlier) throws IOException {
        long holds = changes.get(); // a put during the write may or may not be in it: it counts as unwritten
        // a copy: the count written first must be the number of entries that follow, while readers go on putting
        Map<String, Summary> content = new HashMap<>((withEarlier ? known.size() : 0) + fresh.size() * 2);
        if (withEarlier) {
            content.putAll(known);
        }
        content.putAll(fresh);
        // streamed to the file through the checksum: no copy of a 250,000-cable file in memory
        AtomicFile.write(file, target -> {
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new java.util.zip.CheckedOutputStream(target, crc), 1 << 16));
            writeEntries(out, content);
            out.flush();
            new DataOutputStream(target).writeLong(crc.getValue());
        });
        written = holds;
    }

    private static void writeEntries(DataOutputStream out, Map<String, Summary> entries) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(ReadingRules.GENERATION);
        out.writeInt(entries.size());
        // a problem's code and message repeat from cable to cable (the same tag left open): each is written once
        Map<String, Integer> strings = new HashMap<>();
        for (Map.Entry<String, Summary> each : entries.entrySet()) {
            Summary summary = each.getValue();
            out.writeUTF(each.getKey());
            out.writeLong(summary.size());
            out.writeLong(summary.modified());
            out.writeLong(summary.identity());
            out.writeInt(summary.entities());
            out.writeInt(summary.problems().size());
            for (Diagnostic problem : summary.problems()) {
                out.writeByte(problem.severity().ordinal());
                writeString(out, strings, problem.code());
                out.writeInt(problem.line());
                out.writeInt(problem.column());
                writeString(out, strings, problem.message());
                out.writeBoolean(problem.losesAnnotation());
            }
            writeString(out, strings, summary.header().origin());
            writeString(out, strings, summary.header().created());
            writeString(out, strings, summary.header().classification());
        }
    }

    /** A string by its number in the file; the first time it occurs, its UTF-8 bytes follow the number. */
    private static void writeString(DataOutputStream out, Map<String, Integer> strings, String string) throws IOException {
        Integer known = strings.get(string);
        if (known != null) {
            out.writeInt(known);
            return;
        }
        int number = strings.size();
        strings.put(string, number);
        out.writeInt(number);
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in, List<String> strings) throws IOException {
        int number = in.readInt();
        if (number >= 0 && number < strings.size()) {
            return strings.get(number);
        }
        if (number != strings.size()) {
            throw new IOException("a text numbered " + number + " where " + strings.size() + " were read");
        }
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a text of " + length + " bytes");
        }
        String string = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        strings.add(string);
        return string;
    }

    private static Map<String, Summary> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 20) {
            throw new IOException("only " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw new IOException("checksum does not match");
        }
        try (InputStream raw = new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a cabletag summaries file");
            }
            int version = in.readInt();
            if (version < VERSION) {
                return new ConcurrentHashMap<>(); // outdated: read by earlier rules, or without the lines now kept
            }
            if (version != VERSION) {
                throw new IOException("version " + version + ", this cabletag reads version " + VERSION);
            }
            if (in.readInt() != ReadingRules.GENERATION) {
                return new ConcurrentHashMap<>(); // read by other rules: the same files may read differently now
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IOException("a negative count");
            }
            Map<String, Summary> known = new ConcurrentHashMap<>(Math.min(count, 1 << 20) * 2);
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                long identity = in.readLong();
                int entities = in.readInt();
                int problemCount = in.readInt();
                if (problemCount < 0) {
                    throw new IOException("a negative problem count");
                }
                List<Diagnostic> problems = readProblems(in, problemCount, strings);
                HeaderSummary header = new HeaderSummary(readString(in, strings), readString(in, strings), readString(in, strings));
                known.put(path, new Summary(size, modified, identity, entities, problems, header));
            }
            return known;
        } catch (EOFException e) {
            throw new IOException("it ends too early");
        }
    }

    private static List<Diagnostic> readProblems(DataInputStream in, int count, List<String> strings) throws IOException {
        if (count == 0) {
            return List.of();
        }
        Diagnostic.Severity[] severities = Diagnostic.Severity.values();
        List<Diagnostic> problems = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            int severity = in.readUnsignedByte();
            if (severity >= severities.length) {
                throw new IOException("a problem of unknown severity " + severity);
            }
            String code = readString(in, strings);
            int line = in.readInt();
            int column = in.readInt();
            String message = readString(in, strings);
            boolean losesAnnotation = in.readBoolean();
            if (line < 1 || column < 1) {
                throw new IOException("a problem at line " + line + ", column " + column);
            }
            problems.add(new Diagnostic(severities[severity], code, line, column, message, losesAnnotation));
        }
        return problems;
    }
}
