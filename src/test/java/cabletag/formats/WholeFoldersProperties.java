package cabletag.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * On random folder trees (names with spaces, hidden files and backup copies among them), naming any folder by
 * its entries one by one ({@code dir/*}), at any depth and in any order, lists the files of naming the top
 * folder: the same paths, the same names under it, in the same order.
 */
class WholeFoldersProperties {

    private static final String[] NAMES = {"a one.txt", "b.txt", "c.html", "d two.jsonl", "sub dir", "x", "x.txt", "y z"};

    @Property(tries = 100)
    void entriesOneByOneListAsTheirFolder(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws IOException {
        Random random = new Random(seed);
        Path temp = Files.createTempDirectory("whole-folders");
        try {
            Path top = Files.createDirectories(temp.resolve("c 3"));
            fill(top, random, 0);
            List<Path> named = new ArrayList<>();
            nameByEntries(top, random, named, true);
            Collections.shuffle(named, random);
            CorpusReader reader = CorpusReader.standard();
            assertThat(listed(reader, named)).as("the files of %s", named).isEqualTo(listed(reader, List.of(top)));
        } finally {
            try (Stream<Path> paths = Files.walk(temp)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<String> listed(CorpusReader reader, List<Path> inputs) {
        List<String> files = new ArrayList<>();
        for (CorpusFile file : reader.list(inputs).files()) {
            files.add(file.path() + " as " + file.name());
        }
        return files;
    }

    /** Two to five entries, files and folders; now and then a hidden file or a backup copy, which the walk leaves out. */
    private static void fill(Path folder, Random random, int depth) throws IOException {
        int entries = 2 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            Path entry = folder.resolve(name);
            if (Files.exists(entry)) {
                continue;
            }
            if (depth < 3 && !name.contains(".") && random.nextBoolean()) {
                fill(Files.createDirectories(entry), random, depth + 1);
            } else {
                Files.writeString(entry, "Met [PER Rubaie  ] in " + name + " .\n");
            }
        }
        if (random.nextInt(4) == 0) {
            Files.writeString(folder.resolve(".hidden.txt"), "hidden\n");
        }
        if (random.nextInt(4) == 0) {
            Files.writeString(folder.resolve("b.txt~"), "a backup copy\n");
        }
    }

    /** The folder itself, or (always for the top one) each entry its walk takes, each folder among them named either way. */
    private static void nameByEntries(Path folder, Random random, List<Path> named, boolean top) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(entry -> !CorpusReader.leftOutOfFolders(entry.getFileName().toString())).forEach(entries::add);
        }
        if (entries.size() < 2 || (!top && random.nextBoolean())) {
            named.add(folder); // a folder of one entry named by it is that entry alone: another corpus
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                nameByEntries(entry, random, named, false);
            } else {
                named.add(entry);
            }
        }
    }
}
