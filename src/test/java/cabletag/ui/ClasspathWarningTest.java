package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The start's class-path warning is dropped; JavaFX's other warnings still reach the log. */
class ClasspathWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        ClasspathWarning.quieten();
        Logger javafx = Logger.getLogger("javafx");
        List<String> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(capture);
        try {
            javafx.log(Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
            javafx.log(Level.WARNING, "Could not resolve 'x' while resolving lookup 'y'");
            System.getLogger("javafx").log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @2'");
        } finally {
            javafx.removeHandler(capture);
        }
        assertThat(seen).containsExactly("Could not resolve 'x' while resolving lookup 'y'");
    }
}
