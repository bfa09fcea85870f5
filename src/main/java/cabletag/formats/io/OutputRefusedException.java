package cabletag.formats.io;

import java.io.IOException;

/**
 * An output the export will not write because of what or where it is (a link, a FIFO, a folder that is
 * no earlier export, a name that is no output's, an input): the choice of the target, which the user
 * can change, as against a write that failed (a full disk). Nothing was written.
 */
public class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }

    public OutputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
