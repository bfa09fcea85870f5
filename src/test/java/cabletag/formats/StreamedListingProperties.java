package cabletag.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The streamed listing hands out, batch by batch, exactly the files of a plain walk of the whole tree
 * sorted by relative name (what the listing was before it was streamed, kept here as the reference), on
 * random trees: nested folders whose names sort around "/" ('-', '.', '0'), links to files and folders,
 * a link back to the top, dangling links, binaries (listed: reading skips them), hidden entries, brat
 * companions; the named inputs in any order.
 */
class StreamedListingProperties {

    private static final String[] NAME_PARTS = {"a", "b", "a-", "a.", "a0", "-", "0", "_", "Z", ".h", "a b", "é"};

    @Property(tries = 60)
    void theStreamedListingIsTheSortedWalkBatchByBatch(@ForAll long seed) throws IOException {
        Path top = Files.createTempDirectory("cabletag-streamed");
        try {
            Random random = new Random(seed);
            Path corpus = Files.createDirectories(top.resolve("corpus"));
            Path elsewhere = Files.createDirectories(top.resolve("elsewhere"));
            fill(elsewhere, random, 1, corpus, null);
            fill(corpus, random, 0, corpus, elsewhere);
            Path single = Files.writeString(top.resolve("single.txt"), "x");
            List<Path> inputs = new ArrayList<>(random.nextBoolean() ? List.of(corpus) : List.of(single, corpus, top.resolve("missing")));
            java.util.Collections.shuffle(inputs, random);

            CorpusReader reader = CorpusReader.standard();
            List<List<CorpusFile>> batches = new ArrayList<>();
            List<String> problems = reader.stream(inputs, batches::add);
            List<CorpusFile> streamed = batches.stream().flatMap(List::stream).toList();
            Reference expected = reference(reader, inputs);

            assertThat(streamed).as("seed %d", seed).isEqualTo(expected.files);
            assertThat(problems).as("seed %d", seed).isEqualTo(expected.problems);
            assertThat(reader.list(inputs).files()).isEqualTo(expected.files);
            assertThat(batches).allSatisfy(batch -> assertThat(batch).isNotEmpty());
            if (!batches.isEmpty()) {
                assertThat(batches.get(0).size()).isLessThanOrEqualTo(SortedFolderWalk.FIRST_BATCH);
            }
        } finally {
            delete(top);
        }
    }

    /** A random folder: files, binaries, subfolders, and (in the corpus) links of every kind. */
    private static void fill(Path folder, Random random, int depth, Path corpus, Path elsewhere) throws IOException {
        int entries = 1 + random.nextInt(depth == 0 ? 9 : 5);
        for (int i = 0; i < entries; i++) {
            String name = name(random);
            Path path = folder.resolve(name);
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            int kind = random.nextInt(10);
            if (kind < 4) {
                Files.writeString(folder.resolve(name + ".txt"), "[PER " + name + "  ]");
            } else if (kind == 4) {
                Files.write(path, new byte[] {'a', 0, 'b'}); // a binary: listed, skipped when read
            } else if (kind < 7 && depth < 3) {
                fill(Files.createDirectories(path), random, depth + 1, corpus, elsewhere);
            } else if (elsewhere != null && kind == 7) {
                Files.createSymbolicLink(path, random.nextBoolean() ? elsewhere : elsewhere.resolve("missing"));
            } else if (elsewhere != null && kind == 8) {
                try (var found = Files.list(elsewhere)) {
                    Path target = found.filter(Files::isRegularFile).findFirst().orElse(elsewhere.resolve("none"));
                    Files.createSymbolicLink(path, target);
                }
            } else if (elsewhere != null && depth > 0 && !Files.exists(corpus.resolve("loop-made"))) {
                Files.createSymbolicLink(path, corpus); // back to the top: named once, not followed
                Files.writeString(corpus.resolve("loop-made"), "");
            } else {
                Files.writeString(folder.resolve(name + ".ann"), "T1\tPER 0 1\tx\n");
                Files.writeString(folder.resolve(name + ".txt"), "x");
            }
        }
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int parts = 1 + random.nextInt(2); parts > 0; parts--) {
            name.append(NAME_PARTS[random.nextInt(NAME_PARTS.length)]);
        }
        return name.toString();
    }

    private record Reference(List<CorpusFile> files, List<String> problems) { }

    /**
     * The listing as it was before it was streamed: walk everything, then sort by relative name; the named
     * inputs in the order of their absolute paths (a folder's with its '/'), and a file reached a second
     * time (through a link) left out.
     */
    private static Reference reference(CorpusReader reader, List<Path> inputs) throws IOException {
        List<CorpusFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> ordered = inputs.stream().sorted(Comparator.comparing(
                (Path input) -> input.toAbsolutePath().normalize() + (Files.isDirectory(input) ? "/" : ""))).toList();
        for (Path input : ordered) {
            if (Files.isDirectory(input)) {
                walkAndSort(reader, input, files, problems);
            } else if (Files.isRegularFile(input)) {
                if (!reader.isCompanion(input)) {
                    files.add(new CorpusFile(input, input.getFileName().toString()));
                }
            } else {
                problems.add(input + ": no such file or folder");
            }
        }
        Set<Object> seen = new HashSet<>();
        List<CorpusFile> once = new ArrayList<>();
        for (CorpusFile file : files) {
            if (seen.add(Files.readAttributes(file.path(), BasicFileAttributes.class).fileKey())) {
                once.add(file);
            }
        }
        return new Reference(once, problems);
    }

    private static void walkAndSort(CorpusReader reader, Path folder, List<CorpusFile> files, List<String> problems) {
        List<CorpusFile> found = new ArrayList<>();
        List<String> walkProblems = new ArrayList<>();
        Set<Path> loopsSeen = new HashSet<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(folder) || !isHidden(folder.relativize(dir)) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    String name = folder.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                    if (isHidden(folder.relativize(path))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        walkProblems.add(CorpusFile.shownName(folder, name) + ":1:1: error: symbolic link to " + CorpusReader.target(path)
                                + ", which does not exist; skipped");
                    } else if (attributes.isRegularFile()) {
                        if (!reader.isCompanion(path)) {
                            found.add(new CorpusFile(path, name, attributes.size(), attributes.lastModifiedTime().toMillis(),
                                    CorpusFile.identityOf(attributes)));
                        }
                    } else if (!attributes.isDirectory()) {
                        walkProblems.add(CorpusFile.shownName(folder, name) + ":1:1: error: not a regular file; skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    String name = folder.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                    if (isHidden(folder.relativize(path))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (e instanceof FileSystemLoopException) {
                        if (loopsSeen.add(CorpusReader.realLocation(path))) {
                            walkProblems.add(CorpusFile.shownName(folder, name) + ":1:1: error: symbolic link back to the folder "
                                    + CorpusReader.realTarget(path) + " that holds it; not followed (it would loop)");
                        }
                    } else {
                        walkProblems.add(CorpusFile.shownName(folder, name) + ":1:1" + CorpusReader.CANNOT_READ + cabletag.formats.io.IoReason.describe(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(folder + ": cannot list folder: " + e.getMessage());
        }
        found.sort(Comparator.comparing(CorpusFile::name));
        walkProblems.sort(Comparator.naturalOrder());
        problems.addAll(walkProblems);
        files.addAll(found);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void delete(Path top) throws IOException {
        try (var all = Files.walk(top)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
