package cabletag.formats.io;

/** An output would replace or delete one of the inputs; nothing was written. */
public final class OverwritesInputException extends OutputRefusedException {

    private static final long serialVersionUID = 1L;

    public OverwritesInputException(String message) {
        super(message);
    }
}
