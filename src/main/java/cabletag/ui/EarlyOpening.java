package cabletag.ui;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/**
 * The corpus named on the command line, opened while JavaFX starts: the toolkit and the window take
 * seconds on the UI thread, and listing the first cables of a folder and reading the one the window starts
 * on (and loading the classes that do it) on the other core meanwhile takes them off the way to the first
 * cable. Started by the launcher, before the toolkit; taken by the window if it opens those same inputs.
 */
public final class EarlyOpening {

    /** Below the size at which the text view highlights a cable off the UI thread. */
    static final long SMALL_CABLE_BYTES = CableView.BACKGROUND_STYLING_THRESHOLD;

    private static volatile EarlyOpening started;

    private final List<String> arguments;
    private List<Path> inputs;
    private final CompletableFuture<Workspace> workspace = new CompletableFuture<>();
    /** Whether the first cables are small (see workspaceToShowAtOnce); set before the workspace is complete. */
    private boolean startsSmall;
    private final CountDownLatch toolkitReady = new CountDownLatch(1);

    private EarlyOpening(List<String> arguments) {
        this.arguments = arguments;
    }

    /** Starts opening what {@code args} name (the seeds when nothing) on a thread of its own. */
    public static void start(String[] args) {
        EarlyOpening opening = new EarlyOpening(List.copyOf(Arrays.asList(args)));
        try {
            opening.inputs = args.length == 0 ? SeedLocator.defaultInputs() : opening.arguments.stream().map(Path::of).toList();
        } catch (java.io.IOException | RuntimeException e) {
            return; // the window finds the seeds itself, and says what is wrong
        }
        started = opening;
        Thread thread = new Thread(opening::open, "cabletag-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    private void open() {
        try {
            Workspace opened = Workspace.openStreaming(inputs, StoreLocation.defaultLocation(), this::whenToolkitReady);
            try {
                readFirstCable(opened);
            } catch (RuntimeException e) {
                // only a head start: the window reads the cable itself, and says what is wrong with it
            }
            startsSmall = firstCablesAreSmall(opened); // here, not on the UI thread: a file named directly is asked its size
            workspace.complete(opened);
        } catch (Exception | Error e) {
            workspace.completeExceptionally(e);
        }
    }

    /**
     * Reads the cable the window will start on, by the same rule, and keeps it parsed: the window's own
     * choice then finds it read, and the UI thread does not parse it while the window is still to be shown.
     * Where the analyst left off is known only once all is listed; then the window chooses alone. This thread
     * owns the workspace until it hands it over.
     */
    private static void readFirstCable(Workspace opened) {
        if (opened.mayHaveLastPosition() || opened.size() == 0) {
            return;
        }
        int first = StartingCable.of(opened.cables(), index -> {
            opened.document(index);
            return opened.entry(index);
        });
        opened.focus(first);
    }

    /** The workspace's events go to the UI thread once there is one (the listing holds after its first batch anyway). */
    private void whenToolkitReady(Runnable event) {
        try {
            toolkitReady.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        javafx.application.Platform.runLater(event);
    }

    /**
     * The opening started for these command-line arguments, once (later calls and other arguments: null).
     * Call on the UI thread: the workspace's events are let through from now on.
     */
    static EarlyOpening take(List<String> args) {
        EarlyOpening opening = started;
        if (opening == null || !opening.arguments.equals(args)) {
            return null;
        }
        started = null;
        opening.toolkitReady.countDown();
        return opening;
    }

    /** What is being opened: the files and folders named, or the seeds. */
    List<Path> inputs() {
        return inputs;
    }

    /**
     * The workspace, when its first cables are listed already and are small enough to read and lay out before
     * the window's first frame; else null, without waiting. A large first cable is read after the window shows,
     * so the window does not wait for it (it says "Highlighting…" meanwhile).
     */
    Workspace workspaceToShowAtOnce() {
        // startsSmall is read after the completion it was written before
        return workspace.isDone() && !workspace.isCompletedExceptionally() && startsSmall ? workspace.join() : null;
    }

    /** Whether each cable the first-open rule may read to choose where to start is under {@link #SMALL_CABLE_BYTES}. */
    private static boolean firstCablesAreSmall(Workspace opened) {
        int candidates = Math.min(opened.size(), StartingCable.MOST_READ);
        for (int cable = 0; cable < candidates; cable++) {
            long size = opened.fileSize(cable);
            if (size < 0 || size >= SMALL_CABLE_BYTES) {
                return false;
            }
        }
        return true;
    }

    /** Waits for the first cables to be listed; throws what opening threw. */
    Workspace workspace() throws Exception {
        try {
            return workspace.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
