package cabletag;

import cabletag.cli.Cli;
import cabletag.cli.UnknownOption;
import cabletag.ui.CabletagApp;
import java.io.OutputStream;
import java.io.PrintStream;
import javafx.application.Application;

/**
 * Entry point of the runnable jar. It does not extend Application, so the JavaFX runtime on the class
 * path is found; a known command runs headless, a misspelled one or an unknown option is bad use (exit 2), files and
 * folders open the window.
 */
public final class Main {

    private Main() {
    }

    private static void badUse(String line) {
        System.err.println(line);
        System.exit(Cli.BAD_USE);
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            // not System.out: its PrintStream swallows a failed write's reason (a full disk, a closed pipe)
            System.exit(Cli.run(Cli.standardOutput(), System.err, args));
        }
        if (args.length > 0) {
            // "cabletag exprot ..." is a slip of the keyboard, not a file to open in the window.
            Cli.misspelledCommand(args[0]).ifPresent(Main::badUse);
        }
        for (String arg : args) {
            // the window takes files and folders only: "--bogus" or "--verison" is no file to open
            UnknownOption.line(arg).ifPresent(Main::badUse);
        }
        // a plain `java -jar` start is run again with the class-data archive of this jar (ADR 0011)
        ArchivedRelaunch.run(args).ifPresent(System::exit);
        // the corpus is listed on the other core while the toolkit starts and the window is built
        cabletag.ui.EarlyOpening.start(args);
        cabletag.ui.ClasspathWarning.quieten();
        try {
            Application.launch(CabletagApp.class, args);
        } catch (RuntimeException windowFailed) {
            System.err.println(WindowStartFailure.line(windowFailed));
            System.exit(1);
        }
        if (Boolean.getBoolean("cabletag.cdsTraining")) {
            // The packaging's class-data-sharing training run (src/packaging/linux/make-cds-archive.sh): one
            // archive per run, so after the window the commands' classes are loaded too, on ./seeds.
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            Cli.run(nowhere, nowhere, new String[] {"stats", "seeds"});
        }
    }
}
