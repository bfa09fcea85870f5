package cabletag.formats;

import cabletag.formats.io.FileNameEncoding;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the inputs in {@link CorpusReader}'s order (a folder's files by relative name, '/'-separated,
 * compared as strings; named inputs in {@link InputOrder}; a file reached twice once) and hands the files out in batches as it
 * goes, so a window can show the first cable of 250,000 before the last is listed. The order is the
 * sorted one without sorting the whole corpus: a folder's entries are sorted by name, a subfolder taking
 * its place as {@code name/} (every name below it starts with that, and no sibling does), and only the
 * entries up to the next file are looked at (one stat each) before that file is handed out. The first
 * batches are small (the window needs about 50 cables to choose where to start) and grow.
 *
 * <p>Links are followed; a link back to a folder above it, a dangling link, a FIFO or a device is
 * reported by name, as are entries that cannot be read. Hidden entries (a name starting with '.'), backup
 * copies (a name ending with '~') and the readers' companion files are left out.
 */
final class SortedFolderWalk {

    static final int FIRST_BATCH = 64;
    static final int LARGEST_BATCH = 8192;

    private final CorpusReader reader;
    private final Consumer<List<CorpusFile>> batches;
    private final List<String> problems = new ArrayList<>();
    /** For each of {@link #problems}, how many files were handed out before the entry it is about. */
    private final List<Integer> places = new ArrayList<>();
    private int handedOut;
    private List<CorpusFile> batch = new ArrayList<>();
    private int batchSize = FIRST_BATCH;

    /** The files handed out so far. */
    private final SeenFiles seen;
    private int repeated;
    /** The files named on their own that a reader takes as part of another ({@code NAME.txt} of brat), and their inputs. */
    private final List<Path> companions = new ArrayList<>();
    private final List<Integer> companionInputs = new ArrayList<>();
    /** The brat annotation files handed out, as absolute paths: what a named companion is read with. */
    private final Set<Path> annotationFiles = new HashSet<>();
    /** For each input, in listing order: the files handed out under it, and those left out as listed before. */
    private final int[] filesOfInput;
    private final int[] repeatedOfInput;
    private int input;

    private SortedFolderWalk(CorpusReader reader, Consumer<List<CorpusFile>> batches, SeenFiles seen, int inputs) {
        this.reader = reader;
        this.batches = batches;
        this.seen = seen;
        this.filesOfInput = new int[inputs];
        this.repeatedOfInput = new int[inputs];
    }

    /** Walks the inputs, handing files to {@code batches} in order; returns the problem lines, as {@link CorpusReader#list} does. */
    static List<String> walk(CorpusReader reader, List<Path> inputs, Consumer<List<CorpusFile>> batches) {
        return walk(reader, inputs, batches, new SeenFiles()).problems;
    }

    /**
     * What a walk found besides its files: problem lines, each one's place among the files (how many files of
     * the walk come before the entry it is about, so a command can say it in path order with the rest), and
     * how many files it left out as listed before; and the same counts input by input, in {@link InputOrder}
     * (what {@link NamedInputs} needs to tell an input that gave nothing).
     */
    record Result(List<String> problems, List<Integer> places, int repeated, List<Path> inputs, int[] filesOfInput,
                  int[] repeatedOfInput) {

        /** The inputs walked (a folder named by all its entries once, as the folder), with what each gave. */
        NamedInputs namedInputs() {
            return new NamedInputs(inputs, filesOfInput, repeatedOfInput);
        }
    }

    /**
     * Walks the inputs in {@link InputOrder}, handing files to {@code batches} in order. A file listed
     * before (by this walk or by another sharing {@code seen}: the same file named twice, reached through a
     * link, or named beside its folder) is left out and counted: a cable is one cable however it was named. A
     * hard link is a file of its own ({@link SeenFiles}). A folder named by every entry it has ({@code corpus/*}) is
     * walked as the folder ({@link WholeFolders}): its files get their names under it, as when it is named.
     */
    static Result walk(CorpusReader reader, List<Path> inputs, Consumer<List<CorpusFile>> batches, SeenFiles seen) {
        List<Path> ordered = InputOrder.sorted(WholeFolders.of(inputs));
        SortedFolderWalk walk = new SortedFolderWalk(reader, batches, seen, ordered.size());
        for (walk.input = 0; walk.input < ordered.size(); walk.input++) {
            Path input = ordered.get(walk.input);
            if (Files.isDirectory(input)) {
                walk.folder(input);
            } else if (Files.isRegularFile(input)) {
                if (!reader.isCompanion(input)) {
                    walk.emit(new CorpusFile(input, input.getFileName().toString()), namedFileKey(input));
                } else {
                    walk.namedCompanion(input);
                }
            } else {
                walk.problem(CorpusReader.missingInput(input), walk.handedOut);
            }
        }
        walk.companionsReadWithTheirOwners();
        walk.flush();
        return new Result(walk.problems, walk.places, walk.repeated, ordered, walk.filesOfInput, walk.repeatedOfInput);
    }

    /** The identity of a file named directly, as {@link #identity} gives it for a file of a folder. */
    private static Object namedFileKey(Path file) {
        try {
            return identity(file, attributes(file));
        } catch (IOException e) {
            return realPath(file); // read (and reported) later; here only not counted twice
        }
    }

    /** A file's identity, whatever path reached it: its file key, or its real path where the system has none. */
    private static Object identity(Path file, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return key != null ? key : realPath(file);
    }

    private void emit(CorpusFile file, Object key) {
        if (!seen.firstTime(key, file.path())) {
            repeated++;
            repeatedOfInput[input]++;
            return;
        }
        if (file.name().endsWith(".ann")) { // its relative name ends as its file name does
            annotationFiles.add(file.path().toAbsolutePath().normalize());
        }
        handedOut++;
        filesOfInput[input]++;
        batch.add(file);
        if (batch.size() >= batchSize) {
            flush();
            batchSize = Math.min(LARGEST_BATCH, batchSize * 2);
        }
    }

    private void namedCompanion(Path file) {
        companions.add(file);
        companionInputs.add(input);
    }

    /**
     * A brat text or configuration file named on its own is read with the annotation file it belongs to: when
     * that was listed too (a shell's {@code brat/*}, or the {@code .txt} named beside its {@code .ann}), the
     * input is a file reached again, as a file named beside its folder is, and no input that gave nothing.
     * Otherwise the input gave nothing, which {@link NamedInputs} names.
     */
    private void companionsReadWithTheirOwners() {
        for (int i = 0; i < companions.size(); i++) {
            Path file = companions.get(i).toAbsolutePath().normalize();
            String name = file.getFileName().toString();
            boolean withOwner = name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")
                    ? annotationFiles.contains(file.resolveSibling(name.substring(0, name.length() - 4) + ".ann"))
                    : annotationFiles.stream().anyMatch(annotations -> annotations.getParent().equals(file.getParent()));
            if (withOwner) {
                repeated++;
                repeatedOfInput[companionInputs.get(i)]++;
            }
        }
    }

    private void problem(String line, int place) {
        problems.add(line);
        places.add(place);
    }

    private void flush() {
        if (!batch.isEmpty()) {
            List<CorpusFile> full = batch;
            batch = new ArrayList<>();
            batches.accept(full);
        }
    }

    /** One input folder: its files in order, then its problems sorted (the walk's order is not the user's). */
    private void folder(Path root) {
        FolderWalk walk = new FolderWalk(root);
        try {
            Object rootKey = attributes(root).fileKey();
            walk.ancestors.push(rootKey == null ? root : rootKey);
            walk.directory(root, "");
        } catch (IOException e) {
            walk.problem(root + ": cannot list folder: " + e.getMessage());
        }
        walk.problems.sort(java.util.Comparator.comparing(Placed::line));
        int place = 0;
        for (Placed problem : walk.problems) {
            place = Math.max(place, problem.place()); // sorted lines stay in order among the files
            problem(problem.line(), place);
        }
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class);
    }

    /** A problem line of a folder walk and the number of files handed out before the entry it is about. */
    private record Placed(String line, int place) { }

    /** The walk of one input folder. */
    private final class FolderWalk {
        /** The input folder as named: the lines about its files name them under it ({@link CorpusFile#shownName}). */
        private final Path root;
        private final List<Placed> problems = new ArrayList<>();
        private final Set<Path> loopsSeen = new HashSet<>();
        /** The file keys of the folders entered, innermost first: a folder among them would loop. */
        private final Deque<Object> ancestors = new ArrayDeque<>();

        FolderWalk(Path root) {
            this.root = root;
        }

        /** A problem about the entry the walk is at: after the files handed out so far. */
        private void problem(String line) {
            problems.add(new Placed(line, handedOut));
        }

        /** The entry at {@code relative} as the lines about it name it. */
        private String shown(String relative) {
            return CorpusFile.shownName(root, relative);
        }

        /** {@code prefix}: the folder's relative name with its '/', empty for the root. */
        void directory(Path dir, String prefix) throws IOException {
            String[] listed = dir.toFile().list(); // names only: a Path per entry cost 250,000 objects more
            if (listed == null) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    listed = new String[0]; // listed now after all (it was being changed): left for the next opening
                } catch (DirectoryIteratorException e) {
                    throw e.getCause(); // the listing broke off half way: the folder is named as not listed
                } catch (IOException e) {
                    cannotRead(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), e);
                    return;
                }
            }
            // the companion check asks for a name beside each file: answered from the listing, not by a look-up
            Set<String> here = new HashSet<>(java.util.Arrays.asList(listed));
            java.util.function.Predicate<String> siblingIsFile =
                    sibling -> here.contains(sibling) && Files.isRegularFile(dir.resolve(sibling));
            SortedNames names = new SortedNames(listed);
            // subfolders seen but not yet entered, by their place in the order: "name/"
            PriorityQueue<String> folders = new PriorityQueue<>();
            java.util.Map<String, Object> folderKeys = new java.util.HashMap<>();
            while (!names.isEmpty()) {
                String name = names.poll();
                if (CorpusReader.leftOutOfFolders(name)) {
                    continue; // hidden, or a backup copy: not a cable
                }
                String relative = prefix + name;
                Path path;
                try {
                    path = dir.resolve(name);
                } catch (java.nio.file.InvalidPathException e) {
                    undecodableName(relative, FileNameEncoding.notValid()); // a name in UTF-8 listed by a JVM in an ASCII locale (LANG unset)
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = attributes(path);
                } catch (IOException followed) {
                    try {
                        attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        if (FileNameEncoding.lostBytes(name)) {
                            // its bytes are not in the file-name encoding: the decoded name is not on disk
                            undecodableName(relative, FileNameEncoding.lostBytesForInput());
                        } else {
                            cannotRead(relative, e);
                        }
                        continue;
                    }
                }
                if (attributes.isDirectory()) {
                    Object key = attributes.fileKey();
                    if (wouldLoop(key, path)) {
                        loop(path, relative);
                    } else {
                        folders.add(name + "/");
                        folderKeys.put(name, key == null ? path : key);
                    }
                    continue;
                }
                enterFoldersBefore(name, dir, prefix, folders, folderKeys);
                if (attributes.isSymbolicLink()) {
                    // With links followed, a link's own attributes come back only when it cannot be followed:
                    // its target is missing, or it loops (a -> b, b -> a), each said as what it is.
                    problem(shown(relative) + ":1:1: error: symbolic link " + BrokenLink.why(path) + "; skipped");
                } else if (attributes.isRegularFile()) {
                    if (!reader.isCompanion(name, siblingIsFile)) {
                        emit(new CorpusFile(path, relative, attributes.size(), attributes.lastModifiedTime().toMillis(),
                                CorpusFile.identityOf(attributes)),
                                identity(path, attributes));
                    }
                } else {
                    // A FIFO would block the read, a device is no text: skipped, but said so.
                    problem(shown(relative) + ":1:1: error: not a regular file; skipped");
                }
            }
            enterFoldersBefore(null, dir, prefix, folders, folderKeys);
        }

        /** Enters, in order, the subfolders that come before {@code name} (all of them when null). */
        private void enterFoldersBefore(String name, Path dir, String prefix, PriorityQueue<String> folders,
                                        java.util.Map<String, Object> folderKeys) throws IOException {
            while (!folders.isEmpty() && (name == null || folders.peek().compareTo(name) < 0)) {
                String folder = folders.poll();
                String folderName = folder.substring(0, folder.length() - 1);
                ancestors.push(folderKeys.get(folderName));
                try {
                    directory(dir.resolve(folderName), prefix + folder);
                } finally {
                    ancestors.pop();
                }
            }
        }

        private boolean wouldLoop(Object key, Path path) {
            for (Object ancestor : ancestors) {
                if (key != null ? Objects.equals(key, ancestor) : ancestor instanceof Path p && sameFile(p, path)) {
                    return true;
                }
            }
            return false;
        }

        private void loop(Path path, String relative) {
            if (!loopsSeen.add(CorpusReader.realLocation(path))) {
                return;
            }
            if (Files.isSymbolicLink(path)) {
                problem(shown(relative) + ":1:1: error: symbolic link back to the folder " + CorpusReader.realTarget(path)
                        + " that holds it; not followed (it would loop)");
                return;
            }
            // A real folder met again below itself: a link higher up led out of the folder and back into it
            // (corpus/parent -> .. reaches corpus as parent/corpus). Said about that link, which is the cause.
            String[] names = relative.split("/");
            Path above = path;
            for (int k = names.length - 1; k > 0; k--) {
                above = above.getParent();
                if (Files.isSymbolicLink(above)) {
                    problem(shown(relative) + ":1:1: error: the folder " + CorpusReader.realTarget(path) + " again: the symbolic link "
                            + String.join("/", java.util.Arrays.copyOf(names, k)) + " (to " + CorpusReader.target(above)
                            + ") leads back into it; not followed (it would loop)");
                    return;
                }
            }
            problem(shown(relative) + ":1:1: error: the folder " + CorpusReader.realTarget(path)
                    + " again, inside itself (a mount or a link of the system); not followed (it would loop)");
        }

        private void undecodableName(String relative, String why) {
            problem(shown(relative) + ":1:1" + CorpusReader.CANNOT_READ + why);
        }

        private void cannotRead(String relative, IOException e) {
            problem(shown(relative) + ":1:1" + CorpusReader.CANNOT_READ + cabletag.formats.io.IoReason.describe(e));
        }
    }

    /**
     * A folder's names in order. The first few come from a heap (one pass over 250,000 names, not a sort,
     * before the first file can be handed out); the rest are sorted once those are out.
     */
    private static final class SortedNames {
        private static final int FROM_HEAP = 256;
        private PriorityQueue<String> heap;
        private String[] sorted;
        private int next;
        private int polled;

        SortedNames(String[] names) {
            if (names.length <= FROM_HEAP) {
                sorted = names;
                java.util.Arrays.sort(sorted);
            } else {
                heap = new PriorityQueue<>(java.util.Arrays.asList(names));
            }
        }

        boolean isEmpty() {
            return heap != null ? heap.isEmpty() : next >= sorted.length;
        }

        String poll() {
            if (heap != null) {
                if (polled++ < FROM_HEAP) {
                    return heap.poll();
                }
                sorted = heap.toArray(new String[0]);
                java.util.Arrays.sort(sorted);
                heap = null;
            }
            return sorted[next++];
        }
    }

    /** The path with links resolved, or, when that cannot be had, absolute and normalized. */
    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
