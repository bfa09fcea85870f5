package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The files that hold a text and have no work of their own (corrections; and, when a cable with rejected suggestions
 * only is looked for, those too): what a stored cable no longer at its place may be now ({@link MovedCables}). Only
 * files that could be it are read: the inputs' files of a name such a cable had; and, when that pairs not every one
 * of them, the files of the size of the file asking (a copy has the same bytes), among the inputs and on disk in the
 * folders where such a cable was or where a file of its text is: a copy that was not opened beside one that was
 * counts as well, so a file opened alone is weighed against the same files as its folder opened whole. Each file is
 * read at most once, and of what it holds only the documents whose text a stored cable gone from its place had are
 * kept. Called under MovedCables' lock.
 */
final class FilesOfText {

    /**
     * What is looked for: a document with this text; in a file of several documents (a dataset), with this id.
     * {@code asking} is the key of the file that asked, known to hold it: its file is not read again. {@code free}
     * tells by its key whether a document has none of the work of its own that says it is no moved cable (no store
     * file of its own, for the corrections).
     */
    record Text(String sourceSha256, String id, boolean oneDocument, String asking, Predicate<String> free) { }

    /** A document of a file read: its key, whether the file holds it alone, its id and fingerprint. */
    private record Held(String key, boolean alone, String id, String sourceSha256) { }

    private record FolderAndSize(Path folder, long size) { }

    private final List<Path> inputs;
    private final CorpusReader reader;
    /** Whether a stored cable gone from its place had a text (by its fingerprint): else no document of it is kept. */
    private final Predicate<String> lookedFor;
    /** The inputs' files by file name and by size, and the real paths of the folders they named: listed once. */
    private Map<String, List<CorpusFile>> byName;
    private Map<Long, List<CorpusFile>> bySize;
    private List<Path> walked;
    /** What each file read held, by its real path. */
    private final Map<String, List<Held>> read = new HashMap<>();
    private final Map<FolderAndSize, List<CorpusFile>> onDisk = new HashMap<>();

    FilesOfText(List<Path> inputs, CorpusReader reader, Predicate<String> lookedFor) {
        this.inputs = inputs == null ? List.of() : List.copyOf(inputs);
        this.reader = reader;
        this.lookedFor = lookedFor;
    }

    /** The keys of the inputs' files named one of {@code names} that hold the text and have no work of their own ({@code free}). */
    Set<String> namedAs(Set<String> names, Text text) {
        index();
        Set<String> keys = new TreeSet<>();
        for (String name : names) {
            for (CorpusFile file : byName.getOrDefault(name, List.of())) {
                keys.addAll(holding(file, text));
            }
        }
        return keys;
    }

    /**
     * The same, of the files of {@code size}: the inputs' ones, and those on disk in {@code folders} and beside
     * the inputs' files found. A folder the inputs named (or one under it) is not listed again: its files are
     * among the inputs' ones.
     */
    Set<String> ofSize(long size, Collection<Path> folders, Text text) {
        index();
        Set<String> keys = new TreeSet<>();
        Set<Path> beside = new LinkedHashSet<>(folders);
        for (CorpusFile file : bySize.getOrDefault(size, List.of())) {
            for (String key : holding(file, text)) {
                keys.add(key);
                beside.add(Path.of(CableKey.pathOf(key)).getParent());
            }
        }
        for (Path folder : beside) {
            if (folder != null && walked.stream().noneMatch(folder::startsWith)) {
                for (CorpusFile file : onDisk(folder, size)) {
                    keys.addAll(holding(file, text));
                }
            }
        }
        return keys;
    }

    private List<String> holding(CorpusFile file, Text text) {
        String path = CableKey.canonical(file.path());
        if (text.oneDocument() && path.equals(CableKey.pathOf(text.asking()))) {
            return List.of(text.asking()); // not kept: no other text can be asked of a file of one document
        }
        List<Held> held = read.computeIfAbsent(path, p -> heldIn(file));
        List<String> keys = new ArrayList<>();
        for (Held one : held) {
            if (one.alone() == text.oneDocument() && (one.alone() || Objects.equals(one.id(), text.id()))
                    && one.sourceSha256().equals(text.sourceSha256()) && text.free().test(one.key())) {
                keys.add(one.key());
            }
        }
        return keys;
    }

    private List<Held> heldIn(CorpusFile file) {
        List<Held> held = new ArrayList<>();
        for (Document document : reader.read(file).documents()) {
            if (document.source().text() == null) {
                continue;
            }
            String sourceSha256 = Reapplier.sourceHash(document);
            if (lookedFor.test(sourceSha256)) { // any other text no stored cable can be looked for by: not kept
                boolean alone = document.source().format() == SourceFormat.INLINE || document.source().format() == SourceFormat.BRAT;
                CableKey.Parts key = CableKey.partsOf(file.path(), document);
                held.add(new Held(key.key(), alone, key.id(), sourceSha256)); // the id its key holds, as a stored cable's
            }
        }
        return held;
    }

    private void index() {
        if (byName != null) {
            return;
        }
        byName = new HashMap<>();
        bySize = new HashMap<>();
        walked = new ArrayList<>();
        if (inputs.isEmpty()) {
            return;
        }
        for (CorpusFile file : reader.list(inputs).files()) {
            Path name = file.path().getFileName();
            if (name != null) {
                byName.computeIfAbsent(name.toString(), n -> new ArrayList<>()).add(file);
            }
            long size = file.hasAttributes() ? file.size() : sizeOf(file.path()); // a file named as input was not looked at
            if (size >= 0) {
                bySize.computeIfAbsent(size, s -> new ArrayList<>()).add(file);
            }
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walked.add(Path.of(CableKey.canonical(input)));
            }
        }
    }

    /** A folder's files of this size, as the folder walk would list them (no hidden file, no backup copy). */
    private List<CorpusFile> onDisk(Path folder, long size) {
        return onDisk.computeIfAbsent(new FolderAndSize(folder, size), key -> {
            List<CorpusFile> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (CorpusReader.leftOutOfFolders(name)) {
                        continue;
                    }
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                        if (attributes.isRegularFile() && attributes.size() == size) {
                            files.add(new CorpusFile(entry, name, size, attributes.lastModifiedTime().toMillis()));
                        }
                    } catch (IOException e) {
                        // a file that cannot be looked at cannot be read either: it is no copy that can be told
                    }
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                // gone, or not to be listed: no file of it can be weighed
            }
            files.sort(java.util.Comparator.comparing(CorpusFile::path));
            return files;
        });
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
