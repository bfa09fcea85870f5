package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: sets of files as name -> bytes, written and read back, for byte-for-byte comparisons. */
final class OutputSets {

    static final List<String> SPLIT = List.of("out.train.jsonl", "out.dev.jsonl", "out.test.jsonl");

    private OutputSets() {
    }

    /** The three files of a split, with contents that tell versions apart. */
    static Map<String, String> split(String version) {
        Map<String, String> set = new TreeMap<>();
        for (String name : SPLIT) {
            set.put(name, "{\"version\": \"" + version + "\", \"file\": \"" + name + "\"}\n".repeat(version.length()));
        }
        return set;
    }

    /** A folder's content (relative name -> text). */
    static Map<String, String> folder(String version) {
        Map<String, String> set = new TreeMap<>();
        set.put("annotation.conf", "# Written by cabletag " + version + "\n");
        set.put("train/a.txt", "cable a, " + version + "\n");
        set.put("train/a.ann", "T1\tPER 0 5\t" + version + "\n");
        if (version.startsWith("new")) {
            set.put("dev/b.txt", "cable b only in the new set\n");
        } else {
            set.put("old-only.txt", "only in the old set\n");
        }
        return set;
    }

    static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    /** Writes {@code files} as an export writes them: each marked with its name and content. */
    static void writeExported(Path root, Map<String, String> files) throws IOException {
        write(root, files);
        for (String name : files.keySet()) {
            Path file = root.resolve(name);
            ExportMark.mark(file, file.getFileName().toString(), ContentFingerprint.of(file));
        }
    }

    /** Every regular file under {@code root} that is not the program's own bookkeeping, by relative name. */
    static Map<String, String> read(Path root, List<String> only) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (only == null || only.contains(name)) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }

    /** Names in {@code folder} that belong to the commit machinery (staging folders, journal, temp files). */
    static List<String> leftovers(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(OutputSet.STAGING_PREFIX) || name.contains(OutputSet.JOURNAL))
                    .forEach(names::add);
        }
        return names;
    }

    /** Stages {@code files} for the entries of {@code set}: top-level names are entries. */
    static void stage(OutputSet set, Map<String, String> files, String folderEntry) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folderEntry == null ? set.staged(file.getKey()) : set.staged(folderEntry).resolve(file.getKey());
            set.createFolders(path.getParent());
            try (java.io.OutputStream out = set.create(path)) {
                out.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
