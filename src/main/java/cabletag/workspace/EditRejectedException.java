package cabletag.workspace;

/**
 * An edit the policy refuses (crossing spans, an empty selection, nothing left to shrink...). The
 * message is written for the analyst; the model is unchanged when this is thrown.
 */
public class EditRejectedException extends RuntimeException {

    public EditRejectedException(String message) {
        super(message);
    }

    public EditRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
