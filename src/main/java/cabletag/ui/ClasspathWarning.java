package cabletag.ui;

import java.util.logging.Logger;

/**
 * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX configuration:
 * classes were loaded from 'unnamed module …'"). The runnable jar is built that way on purpose (one jar per
 * platform with its natives, docs/INSTALL.md), so the line only alarms the analyst at each start; this drops
 * that one record and leaves every other JavaFX warning (CSS, layout) as it is.
 */
public final class ClasspathWarning {

    static final String PREFIX = "Unsupported JavaFX configuration";

    /** Held here: the logging framework keeps its loggers only weakly, and a new one would have no filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClasspathWarning() {
    }

    /** Before the toolkit starts. */
    public static void quieten() {
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(PREFIX));
    }
}
