package cabletag.workspace;

import cabletag.core.Diagnostic;
import cabletag.formats.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
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
 * Problems pane, without parsing every cable: an entry counts only while its file has the same size and
 * modification time. One file per set of inputs under {@code <store root>/summaries/}, versioned, with a
 * checksum, written atomically. A damaged file is named as a problem and built again; it never stops a
 * corpus from opening.
 *
 * <p>Version 2 holds each cable's problem lines and header fields; version 1 held the number of problems
 * only. A version 1 file is still read: its cables without problems are taken from it (with empty header
 * fields until they are read), the others (whose lines it lacks) are read again, and the file is written as
 * version 2 once every cable is read.
 */
final class CableSummaries {

    static final String FOLDER = "summaries";
    private static final int MAGIC = 0x43545355; // "CTSU"
    static final int VERSION = 2;
    /** The version that kept counts only: its cables with problems are read again. */
    private static final int COUNTS_ONLY = 1;
    /** The problem code of a file that could not be read at all: not kept, as it may be readable next time unchanged. */
    private static final String UNREADABLE = "unreadable";

    /**
     * One cable as read: its file's size and modification time (milliseconds), its entity count, its reading
     * problems and its header fields (the corpus list's origin, date and classification columns).
     */
    record Summary(long size, long modified, int entities, List<Diagnostic> problems, HeaderSummary header) {

        Summary {
            problems = List.copyOf(problems);
        }

        Summary(long size, long modified, int entities, List<Diagnostic> problems) {
            this(size, modified, entities, problems, HeaderSummary.NONE);
        }
    }

    private final Path file;
    private final Map<String, Summary> known;
    private final Map<String, Summary> fresh = new ConcurrentHashMap<>();

    private CableSummaries(Path file, Map<String, Summary> known) {
        this.file = file;
        this.known = known;
    }

    /** The summaries kept for these inputs (none when there is no file yet); a damaged file becomes a problem. */
    static CableSummaries open(StoreLocation store, List<Path> inputs, Problems problems) {
        Path file = store.root().resolve(FOLDER)
                .resolve(Hashes.sha256Hex(String.join("\n", StoreLocation.canonicalInputs(inputs))).substring(0, 32) + ".bin");
        return open(file, problems);
    }

    static CableSummaries open(Path file, Problems problems) {
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

    /** The kept summary of the file at {@code path}, if its size and modification time are still these. */
    Summary find(String path, long size, long modified) {
        Summary summary = known.get(path);
        return summary != null && summary.size() == size && summary.modified() == modified ? summary : null;
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

    /** Keeps what this session found (or confirmed) for the next opening. */
    void put(String path, Summary summary) {
        fresh.put(path, summary);
    }

    int size() {
        return fresh.size();
    }

    /** Writes this session's summaries, replacing the file as a whole. */
    void write() throws IOException {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + fresh.size() * 64);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(fresh.size());
            // a problem's code and message repeat from cable to cable (the same tag left open): each is written once
            Map<String, Integer> strings = new HashMap<>();
            for (Map.Entry<String, Summary> each : fresh.entrySet()) {
                Summary summary = each.getValue();
                out.writeUTF(each.getKey());
                out.writeLong(summary.size());
                out.writeLong(summary.modified());
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
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        DataOutputStream tail = new DataOutputStream(bytes);
        tail.writeLong(crc.getValue());
        tail.flush();
        AtomicFile.write(file, bytes.toByteArray());
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
            if (version != VERSION && version != COUNTS_ONLY) {
                throw new IOException("version " + version + ", this cabletag reads versions " + COUNTS_ONLY + " and " + VERSION);
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
                int entities = in.readInt();
                int problemCount = in.readInt();
                if (problemCount < 0) {
                    throw new IOException("a negative problem count");
                }
                if (version == COUNTS_ONLY) {
                    if (problemCount == 0) { // one with problems is read again: their lines are not in the file
                        known.put(path, new Summary(size, modified, entities, List.of()));
                    }
                    continue;
                }
                List<Diagnostic> problems = readProblems(in, problemCount, strings);
                HeaderSummary header = new HeaderSummary(readString(in, strings), readString(in, strings), readString(in, strings));
                known.put(path, new Summary(size, modified, entities, problems, header));
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
