package cabletag.workspace;

public class EditRejectedException extends RuntimeException {
    public EditRejectedException(String message) {
        super(message);
    }
}
