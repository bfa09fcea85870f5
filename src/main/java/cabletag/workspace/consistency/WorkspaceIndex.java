package cabletag.workspace.consistency;

import cabletag.workspace.InputSetName;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;
import cabletag.core.Document;

/**
 * The consistency index of a window's workspace: reopened from the saved one (unchanged cables are not
 * read), the rest read with {@code workspace.document(i)} one at a time and not kept, as a corpus-wide pass
 * must; a cable is read a second time only when a text that became an entity after it was read may be
 * untagged in it. Runs on the caller's thread: the window calls it on a background thread.
 */
public final class WorkspaceIndex {

    private WorkspaceIndex() {
    }

    /**
     * Where the index of these inputs is saved: one place for one set of cables however it was named
     * ({@link InputSetName}). Reads the file system (real paths, the entries of named folders); writes nothing.
     */
    public static Path location(Path storeRoot, List<Path> inputs) {
        return IndexFile.location(storeRoot, InputSetName.of(inputs));
    }

    /**
     * As {@link #location}, after carrying over once what was saved where versions before 2026-12-05 put it, by
     * the inputs exactly as named ({@link EarlierIndexPlace}); what cannot be carried over is said to {@code problems}.
     */
    public static Path locate(Path storeRoot, List<Path> inputs, Consumer<String> problems) {
        Path located = location(storeRoot, inputs);
        EarlierIndexPlace.carryOver(IndexFile.location(storeRoot, EarlierIndexPlace.naming(inputs)), located, problems);
        return located;
    }

    /** Builds (or reopens) the index; a damaged saved index is named to {@code problems}; progress 0..1. */
    public static CorpusIndex build(Workspace workspace, Path indexFile, Consumer<String> problems, DoubleConsumer progress) {
        return build(workspace, workspace::document, indexFile, problems, progress);
    }

    /** As above, reading each cable through {@code documents} (a test counts the reads). */
    static CorpusIndex build(Workspace workspace, IntFunction<Document> documents, Path indexFile, Consumer<String> problems,
                             DoubleConsumer progress) {
        CorpusIndex index = CorpusIndex.reopen(indexFile, problems);
        int size = workspace.size();
        for (int cable = 0; cable < size; cable++) {
            String key = workspace.cableKey(cable);
            if (index.cableOf(key) < 0) {
                String file = CableIdentity.fileOf(key);
                boolean taken = index.hasSaved(file) && index.takeSaved(file, Path.of(file), workspace::storedFileOf);
                if (!taken || index.cableOf(key) < 0) {
                    index.add(key, workspace.entry(cable).name(), documents.apply(cable));
                }
            }
            progress.accept(0.7 * (cable + 1) / Math.max(1, size));
        }
        if (index.needsUntaggedPass()) {
            for (int cable = 0; cable < size; cable++) {
                String key = workspace.cableKey(cable);
                if (index.needsUntaggedPass(key)) {
                    index.scanUntagged(key, documents.apply(cable));
                }
                progress.accept(0.7 + 0.3 * (cable + 1) / Math.max(1, size));
            }
        }
        index.finishBuild();
        progress.accept(1.0);
        return index;
    }

    /** The slot of each workspace cable in the index. */
    public static int[] slots(Workspace workspace, CorpusIndex index) {
        int[] slots = new int[workspace.size()];
        for (int cable = 0; cable < slots.length; cable++) {
            slots[cable] = index.cableOf(workspace.cableKey(cable));
        }
        return slots;
    }

    public static void save(Workspace workspace, CorpusIndex index, Path indexFile) throws IOException {
        index.save(indexFile, workspace::storedFileOf);
    }

    /** Saves the index when it differs from the saved one (a reopened, unchanged corpus writes nothing). */
    public static void saveIfChanged(Workspace workspace, CorpusIndex index, Path indexFile) throws IOException {
        if (index.isChanged()) {
            save(workspace, index, indexFile);
        }
    }
}
