package cabletag.formats.io;

import java.io.IOException;

/** An output would replace or delete one of the inputs; nothing was written. */
public final class OverwritesInputException extends IOException {

    private static final long serialVersionUID = 1L;

    public OverwritesInputException(String message) {
        super(message);
    }
}
