package cabletag.formats.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of one export: names them from the target and split part, stages them, and hands out
 * buffered streams. A file target {@code out.jsonl} with a split becomes {@code out.train.jsonl},
 * {@code out.dev.jsonl}, {@code out.test.jsonl}; a folder target gets {@code train/}, {@code dev/},
 * {@code test/} subfolders.
 */
final class Outputs implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final ExportTarget target;
    private final boolean folder;
    private final OutputStaging staging;
    private final Map<String, OutputStream> open = new LinkedHashMap<>();

    /**
     * Makes the export's outputs ready before the first document arrives. Every name the export will write
     * is checked first (an input, a link, a folder or a FIFO at one of them refuses the export) and only
     * then is anything made: a refused export leaves no staging folder and no folder lock behind. Then every
     * output is created: each part's file (or folder) exists even when no cable falls into it, so an empty
     * scope or an empty split part replaces the previous run's output with an empty one instead of leaving
     * that old output looking new.
     *
     * @param parts the split's parts, or a list holding only null without a split
     */
    Outputs(ExportTarget target, ExportFormat format, Set<Path> protectedPaths, List<SplitRatios.Part> parts) throws IOException {
        this.target = target;
        this.folder = format.writesFolder();
        if (target.isStream()) {
            staging = null;
        } else if (folder) {
            staging = OutputStaging.forFolder(target.path(), protectedPaths);
        } else {
            String fileName = target.path().getFileName().toString();
            List<String> names = new ArrayList<>();
            for (SplitRatios.Part part : parts) {
                names.add(partFileName(fileName, part, ""));
            }
            for (String suffix : companionSuffixes(format)) {
                names.add(partFileName(fileName, null, suffix));
            }
            staging = OutputStaging.forFiles(parentOf(target.path()), protectedPaths, names);
        }
        try {
            for (SplitRatios.Part part : parts) {
                if (folder) {
                    if (part != null) {
                        staging.createFolder(part.fileTag());
                    }
                } else {
                    main(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The files a file format writes beside its data ({@link #beside}): hf's label list. */
    private static List<String> companionSuffixes(ExportFormat format) {
        return format == ExportFormat.HF ? List.of(HfWriter.LABELS_SUFFIX) : List.of();
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    /** The single stream of a file target for a part (null part: no split); opened once, kept open. */
    OutputStream main(SplitRatios.Part part) throws IOException {
        if (target.isStream()) {
            return open.computeIfAbsent("-", key -> new NonClosing(target.stream()));
        }
        return shared(partFileName(target.path().getFileName().toString(), part, ""));
    }

    /** A companion file of a file target, e.g. {@code out.labels.json} beside {@code out.jsonl}. */
    OutputStream beside(String suffix) throws IOException {
        if (target.isStream()) {
            return null;
        }
        return shared(partFileName(target.path().getFileName().toString(), null, suffix));
    }

    /** A file of a folder target: {@code relativeName} under the target (and the part's subfolder). */
    OutputStream file(SplitRatios.Part part, String relativeName) throws IOException {
        String name = part == null ? relativeName : part.fileTag() + "/" + relativeName;
        return new BufferedOutputStream(staging.create(name), BUFFER);
    }

    /** A file at the root of a folder target ({@code annotation.conf}). */
    OutputStream rootFile(String name) throws IOException {
        return new BufferedOutputStream(staging.create(name), BUFFER);
    }

    private OutputStream shared(String name) throws IOException {
        OutputStream stream = open.get(name);
        if (stream == null) {
            stream = new BufferedOutputStream(staging.create(name), BUFFER);
            open.put(name, stream);
        }
        return stream;
    }

    /** {@code out.jsonl} + train → {@code out.train.jsonl}; suffix replaces the extension when given. */
    static String partFileName(String fileName, SplitRatios.Part part, String suffix) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        if (!suffix.isEmpty()) {
            return base + suffix;
        }
        return part == null ? fileName : base + "." + part.fileTag() + extension;
    }

    /** What the start of the export found and repaired in the output folder (an interrupted export's leftovers). */
    List<String> notes() {
        return staging == null ? List.of() : staging.notes();
    }

    /** Closes the streams and replaces the old outputs with the new ones as one set; returns the files written. */
    List<Path> commit() throws IOException {
        closeStreams();
        if (staging == null) {
            return List.of();
        }
        return staging.commit();
    }

    private void closeStreams() throws IOException {
        IOException failure = null;
        for (OutputStream stream : open.values()) {
            try {
                stream.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        try {
            closeStreams();
        } catch (IOException e) {
            failures.add(e);
        }
        if (staging != null) {
            staging.close();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** Standard output stays open after the export; it is only flushed. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(new BufferedOutputStream(out, BUFFER));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
