package cabletag.workspace;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.List;

/**
 * The other JVM of {@link CrashSafetyTest}: opens a workspace on a corpus with a store, edits, says
 * so on stdout, then keeps going (or sleeps) until it is killed.
 *
 * <p>Arguments: corpus folder, store root, cable name, mode ({@code once} or {@code loop}), and optionally
 * {@code background} to save as the window does (on the store's own thread).
 */
public final class EditingProcessMain {

    private EditingProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        StoreLocation store = new StoreLocation(Path.of(args[1]));
        Workspace workspace = Workspace.open(List.of(corpus), store, null);
        if (args.length > 4 && args[4].equals("background")) {
            workspace.saveInBackground();
        }
        int cable = workspace.indexOf(args[2]).orElseThrow();
        Span span = workspace.document(cable).spans().stream()
                .filter(s -> workspace.document(cable).textOf(s).equals("Erbil"))
                .findFirst().orElseThrow();
        if (args[3].equals("once")) {
            Selection done = workspace.relabel(cable, span, Label.LOC);
            System.out.println("edited " + done.span());
            System.out.flush();
            Thread.sleep(120_000);
            return;
        }
        for (int n = 1; ; n++) {
            span = workspace.relabel(cable, span, Label.of("E" + n)).span();
            System.out.println("edit " + n);
            System.out.flush();
        }
    }
}
