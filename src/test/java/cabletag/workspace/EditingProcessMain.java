package cabletag.workspace;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The other JVM of {@link CrashSafetyTest}: opens a workspace on a corpus with a store, edits, says
 * so on stdout, then keeps going (or waits) until it is killed.
 *
 * <p>Arguments: corpus folder, store root, cable name, mode ({@code once} or {@code loop}), and optionally
 * {@code background} to save as the window does (on a writer thread of its own). With {@code background}
 * the loop says {@code stored 200} once the writer has written edit 200, and then goes on editing.
 */
public final class EditingProcessMain {

    private EditingProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        StoreLocation store = new StoreLocation(Path.of(args[1]));
        Workspace workspace = Workspace.open(List.of(corpus), store, null);
        ExecutorService writerThread = null;
        if (args.length > 4 && args[4].equals("background")) {
            writerThread = Executors.newSingleThreadExecutor(work -> {
                Thread writer = new Thread(work, "editing-process-store-writer");
                writer.setDaemon(true);
                return writer;
            });
            workspace.saveInBackground(writerThread);
        }
        int cable = workspace.indexOf(args[2]).orElseThrow();
        Span span = workspace.document(cable).spans().stream()
                .filter(s -> workspace.document(cable).textOf(s).equals("Erbil"))
                .findFirst().orElseThrow();
        if (args[3].equals("once")) {
            Selection done = workspace.relabel(cable, span, Label.LOC);
            System.out.println("edited " + done.span());
            System.out.flush();
            // waits to be killed; should the test's JVM die first, its end of the pipe closes and this ends
            while (System.in.read() != -1) {
                // nothing is sent
            }
            return;
        }
        for (int n = 1; ; n++) {
            span = workspace.relabel(cable, span, Label.of("E" + n)).span();
            System.out.println("edit " + n);
            System.out.flush();
            if (n == 200 && writerThread != null) {
                // the writer runs one task at a time, in order: once this empty one has run, the write
                // that edit 200 queued has run too
                writerThread.submit(() -> { }).get();
                System.out.println("stored 200");
                System.out.flush();
            }
        }
    }
}
