package cabletag.workspace;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only, streaming access to stored corrections, for the CLI export: applies them to one
 * document at a time, as it is read, without opening a whole workspace. Never writes.
 */
public final class CorrectionStore {

    private final Map<String, StoredCorrection> byKey = new HashMap<>();
    private final Map<String, StoredCorrection> byName = new HashMap<>();
    private final Map<String, StoredCorrection> byId = new HashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    private CorrectionStore(List<StoredCorrection> corrections, List<String> readProblems) {
        problems.addAll(readProblems);
        for (StoredCorrection correction : corrections) {
            if (correction.id() != null) {
                byKey.putIfAbsent(correction.key(), correction);
                byId.putIfAbsent(correction.id(), correction);
            }
            byName.putIfAbsent(correction.document(), correction);
        }
    }

    /** The corrections stored for these inputs; an empty store when there are none. */
    public static CorrectionStore open(StoreLocation location, List<Path> inputs) throws IOException {
        return open(location.workspaceDir(inputs));
    }

    /** The corrections in one workspace store folder. */
    public static CorrectionStore open(Path workspaceDir) throws IOException {
        List<String> problems = new ArrayList<>();
        List<StoredCorrection> corrections = new CorrectionFiles(workspaceDir).readAll(problems);
        return new CorrectionStore(corrections, problems);
    }

    /**
     * The document with its stored corrections; unchanged when none are stored for it. When its source
     * changed since, what can be found again is applied and the rest is reported in {@link #problems()}.
     */
    public Document applyTo(Document readFromSource) {
        StoredCorrection correction = find(readFromSource);
        if (correction == null || !correction.hasSpanChanges()) {
            return readFromSource;
        }
        Reapplier.Result result = Reapplier.reapply(readFromSource, correction);
        String name = readFromSource.source().name();
        for (String failure : result.notReapplied()) {
            problems.add(name + ": could not re-apply " + failure + ".");
        }
        return readFromSource.withSpans(result.spans());
    }

    /** NEW when nothing is stored; {@code documentName} is the source name, or name#id, or the id. */
    public ReviewStatus status(String documentName) {
        StoredCorrection correction = byKey.get(documentName);
        if (correction == null) {
            correction = byName.get(documentName);
        }
        if (correction == null) {
            correction = byId.get(documentName);
        }
        return correction == null ? ReviewStatus.NEW : correction.status();
    }

    public ReviewStatus status(Document document) {
        StoredCorrection correction = find(document);
        return correction == null ? ReviewStatus.NEW : correction.status();
    }

    public boolean isEmpty() {
        return byName.isEmpty() && byKey.isEmpty();
    }

    /** Store files that could not be read, and corrections that no longer fit their changed source. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private StoredCorrection find(Document document) {
        StoredCorrection correction = byKey.get(DocumentKey.of(document));
        if (correction == null) {
            StoredCorrection byFile = byName.get(document.source().name());
            if (byFile != null && byFile.id() == null) {
                correction = byFile; // from before ids were stored
            }
        }
        return correction;
    }
}
