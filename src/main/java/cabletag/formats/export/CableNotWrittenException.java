package cabletag.formats.export;

import java.io.IOException;

/**
 * A writer refused one document and wrote nothing for it (the inline writer: its cable would not read
 * back the same). The export goes on with the others and reports this one as a problem.
 */
final class CableNotWrittenException extends IOException {

    private static final long serialVersionUID = 1L;

    CableNotWrittenException(String message) {
        super(message);
    }
}
